package com.aftersales.e2e;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The machine's Chromium and its chromedriver (Debian's {@code chromium} and {@code chromium-driver}), named
 * explicitly so that Selenium Manager never looks for (or downloads) a browser or driver.
 *
 * <p>Where they are missing the browser tests are skipped, with one line that says how to run them, so that the
 * README's test command passes on a machine with only a JDK. With {@code AFTERSALES_E2E_REQUIRED=true}
 * ({@code .ci/run} sets it) they fail instead: there a skipped browser test would look like a passed one.
 */
final class Chromium implements ExecutionCondition {

    static final Path BINARY = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver"));

    private static final AtomicBoolean TOLD = new AtomicBoolean();

    /** What is missing and how to get it, or nothing when both are there. */
    static Optional<String> missing() {
        if (Files.isExecutable(BINARY) && Files.isExecutable(DRIVER)) {
            return Optional.empty();
        }
        return Optional.of("The browser tests need Chromium at " + BINARY + " and chromedriver at " + DRIVER
                + ": install them (`apt-get install -y chromium chromium-driver`, as .ci/run does) or point "
                + "-De2e.chromium and -Dwebdriver.chrome.driver at a Chromium and its chromedriver.");
    }

    static boolean required() {
        return Boolean.parseBoolean(System.getenv("AFTERSALES_E2E_REQUIRED"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> missing = missing();
        if (missing.isEmpty() || required()) {
            return ConditionEvaluationResult.enabled("Chromium is there, or required (then Browser.start fails)");
        }
        if (TOLD.compareAndSet(false, true)) {
            // the process's own stderr: Surefire keeps System.err for the report file, and this line is for the console
            new PrintStream(new FileOutputStream(FileDescriptor.err), true).println("Browser tests SKIPPED. " + missing.get());
        }
        return ConditionEvaluationResult.disabled("browser tests skipped: " + missing.get());
    }
}
