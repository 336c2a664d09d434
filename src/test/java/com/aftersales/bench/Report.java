package com.aftersales.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's table: the machine, then per database the engine settings and each figure with its
 * goal. Written between the markers of {@code docs/PERFORMANCE.md} (the text around them is kept) and,
 * for the record of earlier runs, to {@code target/bench/}.
 */
final class Report {

    static final String BEGIN = "<!-- bench:begin (written by `./mvnw -Pbench verify`; edit outside the markers) -->";
    static final String END = "<!-- bench:end -->";

    /** What was measured on one database. */
    static final class Section {
        final String database;
        final Map<String, String> settings = new LinkedHashMap<>();
        final List<Figure> figures = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        /** JFR summaries (-Dbench.jfr=true): figure → top buckets of CPU samples. */
        final Map<String, String> profiles = new LinkedHashMap<>();

        Section(String database) {
            this.database = database;
        }
    }

    static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return "%d cores, %d MiB max heap, %s %s, %s %s".formatted(runtime.availableProcessors(),
                runtime.maxMemory() / (1024 * 1024), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.version"));
    }

    /** The 1-, 5- and 15-minute load averages, as `uptime` shows them. */
    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return load < 0 ? "unknown" : String.valueOf(load);
        }
    }

    static String render(List<Section> sections, String settingsUnderTest) {
        StringBuilder out = new StringBuilder();
        out.append("Run of ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" on ").append(machine())
                .append(".\n");
        out.append("Settings under test (`-Dbench.args`): ")
                .append(settingsUnderTest.isBlank() ? "none (the application's own)" : "`" + settingsUnderTest + "`")
                .append(".\n");
        for (Section section : sections) {
            out.append("\n### ").append(section.database).append("\n\n");
            section.settings.forEach((name, value) -> out.append("- ").append(name).append(": ").append(value).append('\n'));
            if (!section.figures.isEmpty()) {
                out.append("\n| figure | median | spread (min – max) | rounds | goal | goal met | note |\n");
                out.append("|---|---|---|---|---|---|---|\n");
                section.figures.forEach(figure -> out.append(figure.row()).append('\n'));
            }
            if (!section.notes.isEmpty()) {
                out.append('\n');
                section.notes.forEach(note -> out.append("- ").append(note).append('\n'));
            }
            if (!section.profiles.isEmpty()) {
                out.append("\nJFR profile, CPU samples by the first frame outside the JDK:\n\n| figure | top buckets |\n|---|---|\n");
                section.profiles.forEach((figure, top) -> out.append("| ").append(figure).append(" | ").append(top)
                        .append(" |\n"));
            }
        }
        return out.toString();
    }

    static void write(String table) throws IOException {
        Path target = Path.of("target", "bench");
        Files.createDirectories(target);
        Files.writeString(target.resolve("run-" + System.currentTimeMillis() + ".md"), table);
        Path doc = Path.of("docs", "PERFORMANCE.md");
        String text = Files.exists(doc) ? Files.readString(doc) : "# Performance\n\n" + BEGIN + "\n" + END + "\n";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        if (begin < 0 || end < begin) {
            text = text + "\n" + BEGIN + "\n" + END + "\n";
            begin = text.indexOf(BEGIN);
            end = text.indexOf(END);
        }
        Files.createDirectories(doc.getParent());
        Files.writeString(doc, text.substring(0, begin + BEGIN.length()) + "\n" + table + "\n" + text.substring(end));
        System.out.println(table);
    }
}
