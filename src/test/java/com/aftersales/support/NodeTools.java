package com.aftersales.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The field's own checkers (bpmnlint, an OpenAPI linter) are Node.js programs, installed into {@code lint/} from
 * its lock file by {@code npm ci} on first use. Where the machine has no Node.js the checks are skipped with a
 * line saying so, unless the environment says {@code AFTERSALES_TOOLS_REQUIRED=true} (as {@code .ci/run} does, which
 * installs Node.js where it is missing): then they fail.
 */
public final class NodeTools {

    public static final Path LINT = Path.of("lint");
    private static final boolean REQUIRED = "true".equalsIgnoreCase(System.getenv("AFTERSALES_TOOLS_REQUIRED"));

    private NodeTools() {
    }

    /** What a tool printed and how it ended. */
    public record Run(int exitCode, String output) {
    }

    /** Runs {@code node lint/node_modules/<script> args…} in {@code lint/}, installing the tools first if needed. */
    public static synchronized Run run(String script, List<String> args) throws IOException, InterruptedException {
        requireNode();
        if (!Files.isDirectory(LINT.resolve("node_modules")) || Files.getLastModifiedTime(LINT.resolve("package-lock.json"))
                .compareTo(Files.getLastModifiedTime(LINT.resolve("node_modules"))) > 0) {
            Run install = exec(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), 600);
            assertThat(install.exitCode()).as("npm ci in lint/: " + install.output()).isZero();
        }
        List<String> command = new ArrayList<>(List.of("node", "node_modules/" + script));
        command.addAll(args);
        return exec(command, 300);
    }

    private static void requireNode() throws InterruptedException {
        boolean present;
        try {
            present = new ProcessBuilder("node", "--version").start().waitFor() == 0;
        } catch (IOException missing) {
            present = false;
        }
        String why = "Node.js (node and npm) is not on the PATH; install Node.js 18 or newer to run the linters "
                + "(.ci/run always runs them)";
        if (REQUIRED) {
            assertThat(present).as(why).isTrue();
        }
        Assumptions.assumeTrue(present, why);
    }

    private static Run exec(List<String> command, int seconds) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(LINT.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + seconds + " s");
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
