package com.aftersales.cluster;

import com.aftersales.AfterSalesApplication;
import com.aftersales.support.Http;
import com.aftersales.support.Postgres;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One node of the application in production mode: a JVM of its own ({@code java -cp … AfterSalesApplication}
 * with {@code SPRING_PROFILES_ACTIVE=prod}), on a free port of 127.0.0.1, on the given PostgreSQL database.
 * Its log goes to {@code target/cluster/<name>.log}.
 */
final class Node implements AutoCloseable {

    final String name;
    final int port;
    final Http http;
    private final Process process;
    private final Path log;
    private final String adminPassword;

    private Node(String name, int port, Process process, Path log, String adminPassword) {
        this.name = name;
        this.port = port;
        this.http = new Http(port);
        this.process = process;
        this.log = log;
        this.adminPassword = adminPassword;
    }

    /** Starts the JVM and returns at once; {@link #awaitReady} waits for it. */
    static Node start(String name, Postgres.Database database, String adminPassword, String... extraArguments) {
        int port = freePort();
        Path log = Path.of("target", "cluster", name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // small and quick to start: here three JVMs and PostgreSQL share two cores
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", applicationClasspath(),
                AfterSalesApplication.class.getName(),
                "--server.port=" + port,
                "--server.address=127.0.0.1", // tests talk over loopback only; production listens on 0.0.0.0
                "--camunda.bpm.generic-properties.properties.hostname=" + name)); // the job log tells nodes apart
        command.addAll(Arrays.asList(extraArguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("SPRING_") || key.startsWith("AFTERSALES_"));
        builder.environment().put("SPRING_PROFILES_ACTIVE", "prod");
        builder.environment().put("SPRING_DATASOURCE_URL", database.url());
        builder.environment().put("SPRING_DATASOURCE_USERNAME", Postgres.USER);
        builder.environment().put("SPRING_DATASOURCE_PASSWORD", "");
        builder.environment().put("AFTERSALES_ADMIN_PASSWORD", adminPassword);
        try {
            Files.createDirectories(log.getParent());
            return new Node(name, port, builder.start(), log, adminPassword);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node " + name, e);
        }
    }

    /** The application's classes and libraries as this test runs them, without the tests' own classes. */
    private static String applicationClasspath() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(classpath.split(java.io.File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the node answers its health check as UP (engine, job executor, database). */
    void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("node " + name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                if (health().statusCode() == 200) {
                    return;
                }
            } catch (RuntimeException notYetListening) {
                // the port opens late in the start-up
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("node " + name + " not ready after " + timeout + ":\n" + logTail());
    }

    private HttpResponse<String> health() {
        return http.get("/actuator/health", "admin", adminPassword);
    }

    /** The id this node's job executor writes into ACT_RU_JOB.LOCK_OWNER_ of the jobs it holds. */
    String lockOwner() {
        return jobExecutorDetail("lockOwner").asText();
    }

    /** How long this node's job executor owns the jobs it takes, as it says itself. */
    Duration lockTime() {
        return Duration.ofMillis(jobExecutorDetail("lockTimeInMillis").asLong());
    }

    private com.fasterxml.jackson.databind.JsonNode jobExecutorDetail(String name) {
        try {
            return new ObjectMapper().readTree(health().body()).at("/components/jobExecutor/details/jobExecutor/" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> asAdmin(String method, String path, String json) {
        return http.send(method, path, "admin", adminPassword, json);
    }

    /** SIGKILL: no shutdown hook, no closing of connections or locks; returns the exit status (137). */
    int kill() {
        process.destroyForcibly();
        return waitFor(Duration.ofSeconds(30));
    }

    /** Waits for a node started for a one-shot command (e.g. migrate mode) to end; returns its exit status. */
    int awaitExit(Duration timeout) {
        return waitFor(timeout);
    }

    /** SIGTERM, as an orchestrator stopping the node sends it; returns at once ({@link #awaitExit} waits). */
    void terminate() {
        process.destroy();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM, as an orderly shutdown would; SIGKILL if it does not end in time. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private int waitFor(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("node " + name + " did not end");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many lines of the node's log contain this text. */
    long logLines(String text) {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(text)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name + " (port " + port + ")";
    }
}
