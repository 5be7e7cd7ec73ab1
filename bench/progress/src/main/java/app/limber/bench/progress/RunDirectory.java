package app.limber.bench.progress;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the bench leaves for bench/report.sh (contract in bench/README.md, section "Reports"): series.csv with
 * one row per sampled value, events.csv with the moments worth a marker, and summary.md with the figures.
 */
final class RunDirectory {

    private record Point(double seconds, String panel, String name, double value) {
    }

    private final Path directory;
    private final List<String> panels;
    private final List<Point> series = new ArrayList<>();
    private final List<String> events = new ArrayList<>(List.of("t_s,label"));

    /** {@code panels}: the chart's panels from the top (the renderer stacks them in the order it first sees them). */
    RunDirectory(Path directory, String... panels) {
        this.directory = directory;
        this.panels = List.of(panels);
    }

    void point(double seconds, String panel, String name, double value) {
        if (!panels.contains(panel)) {
            throw new IllegalArgumentException("an undeclared panel: " + panel);
        }
        series.add(new Point(seconds, csv(panel), csv(name), value));
    }

    void event(double seconds, String label) {
        events.add(String.format(Locale.ROOT, "%.2f,%s", seconds, csv(label)));
    }

    void write(String summary) throws IOException {
        Files.createDirectories(directory);
        List<String> rows = new ArrayList<>(List.of("t_s,panel,series,value"));
        series.stream().sorted(Comparator.comparingInt(point -> panels.indexOf(point.panel())))
                .map(p -> String.format(Locale.ROOT, "%.2f,%s,%s,%.2f", p.seconds(), p.panel(), p.name(), p.value()))
                .forEach(rows::add);
        Files.write(directory.resolve("series.csv"), rows, StandardCharsets.UTF_8);
        Files.write(directory.resolve("events.csv"), events, StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("summary.md"), summary, StandardCharsets.UTF_8);
    }

    Path path() {
        return directory;
    }

    /** The 1-minute load average of the machine, or -1 where the JVM cannot tell. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    // the contract's fields never contain commas
    private static String csv(String text) {
        if (text.contains(",")) {
            throw new IllegalArgumentException("a comma in a report field: " + text);
        }
        return text;
    }
}
