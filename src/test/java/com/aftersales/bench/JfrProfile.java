package com.aftersales.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * With {@code -Dbench.jfr=true}, each figure runs under a Java Flight Recorder recording (the JDK's "profile"
 * settings); its CPU samples are summed by the first frame outside the JDK (so time in {@code java.util} called
 * by H2 counts as H2), bucketed by package, and the top buckets go into the run's table. The recording stays in
 * {@code target/bench/} for JDK Mission Control.
 */
final class JfrProfile implements AutoCloseable {

    static final boolean ENABLED = Boolean.getBoolean("bench.jfr");
    private static final int TOP = 6;

    /** Package prefixes and the bucket they count to, most specific first. */
    private static final Map<String, String> BUCKETS = buckets();

    private final String figure;
    private final Report.Section section;
    private final Recording recording;

    private JfrProfile(String figure, Report.Section section, Recording recording) {
        this.figure = figure;
        this.section = section;
        this.recording = recording;
    }

    private static Map<String, String> buckets() {
        Map<String, String> buckets = new LinkedHashMap<>();
        buckets.put("org.camunda.bpm.engine.impl.persistence", "engine persistence");
        buckets.put("org.camunda.bpm.engine.impl.db", "engine persistence");
        buckets.put("org.apache.ibatis", "MyBatis (engine SQL mapping)");
        buckets.put("org.camunda.bpm.engine.impl.history", "engine history");
        buckets.put("org.camunda.bpm.dmn", "DMN / FEEL");
        buckets.put("org.camunda.feel", "DMN / FEEL");
        buckets.put("camundajar.impl.scala", "DMN / FEEL");
        buckets.put("org.camunda.bpm.engine.rest", "engine REST");
        buckets.put("org.camunda.bpm.engine", "engine (other)");
        buckets.put("org.camunda.spin", "JSON (Spin)");
        buckets.put("org.camunda", "Camunda (other)");
        buckets.put("org.h2", "H2 database");
        buckets.put("org.postgresql", "PostgreSQL driver");
        buckets.put("com.zaxxer.hikari", "connection pool");
        buckets.put("com.aftersales", "application");
        buckets.put("com.fasterxml.jackson", "JSON (Jackson)");
        buckets.put("org.springframework.security", "Spring Security");
        buckets.put("org.springframework", "Spring");
        buckets.put("org.apache.catalina", "Tomcat");
        buckets.put("org.apache.coyote", "Tomcat");
        buckets.put("org.apache.tomcat", "Tomcat");
        buckets.put("org.glassfish.jersey", "Jersey (engine REST)");
        return buckets;
    }

    /** Starts a recording for the figure when JFR is asked for; closing it writes the summary into the section. */
    static JfrProfile of(String figure, Report.Section section) {
        if (!ENABLED) {
            return new JfrProfile(figure, section, null);
        }
        try {
            Recording recording = new Recording(Configuration.getConfiguration("profile"));
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10));
            recording.start();
            return new JfrProfile(figure, section, recording);
        } catch (IOException | ParseException e) {
            section.notes.add("JFR not available for " + figure + ": " + e);
            return new JfrProfile(figure, section, null);
        }
    }

    @Override
    public void close() {
        if (recording == null) {
            return;
        }
        try (recording) {
            recording.stop();
            Path file = Path.of("target", "bench", "jfr-" + System.currentTimeMillis() + "-"
                    + figure.replaceAll("[^A-Za-z0-9]+", "-") + ".jfr");
            Files.createDirectories(file.getParent());
            recording.dump(file);
            section.profiles.put(figure + " (`" + file.getFileName() + "`)", summary(RecordingFile.readAllEvents(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "bucket 41 %, bucket 22 %, …" of the CPU samples. */
    static String summary(List<RecordedEvent> events) {
        Map<String, Integer> counts = new TreeMap<>();
        int total = 0;
        for (RecordedEvent event : events) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            counts.merge(bucket(event.getStackTrace().getFrames()), 1, Integer::sum);
            total++;
        }
        if (total == 0) {
            return "no CPU samples";
        }
        int all = total;
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
                .map(e -> "%s %.0f %%".formatted(e.getKey(), 100.0 * e.getValue() / all).replace(',', '.'))
                .collect(Collectors.joining(", ")) + " (" + all + " samples)";
    }

    private static String bucket(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            if (frame.getMethod() == null || frame.getMethod().getType() == null) {
                continue;
            }
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.") || type.startsWith("com.sun.") || type.startsWith("javax.")) {
                continue;
            }
            return BUCKETS.entrySet().stream().filter(e -> type.startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(packageOf(type));
        }
        return "JDK";
    }

    private static String packageOf(String type) {
        String[] parts = type.split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(2, parts.length - 1))).toLowerCase(Locale.ROOT);
    }
}
