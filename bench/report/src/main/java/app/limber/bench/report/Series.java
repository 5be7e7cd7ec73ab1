package app.limber.bench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The content of series.csv: panels in first-seen order, each with its lines in first-seen order. */
final class Series {

    static final String HEADER = "t_s,panel,series,value";

    /** One line of a panel: its points sorted by time. */
    record Line(String name, double[] t, double[] values) {
    }

    record Panel(String title, List<Line> lines) {
    }

    private Series() {
    }

    static List<Panel> read(Path file) {
        return from(CsvFile.read(file, HEADER, false));
    }

    static List<Panel> parse(List<String> lines) {
        return from(CsvFile.parse("series.csv", lines, HEADER, false));
    }

    private static List<Panel> from(CsvFile csv) {
        Map<String, Map<String, List<double[]>>> panels = new LinkedHashMap<>();
        for (CsvFile.Row row : csv.rows()) {
            double t = csv.number(row, 0, "t_s");
            String panel = csv.text(row, 1, "panel");
            String series = csv.text(row, 2, "series");
            double value = csv.number(row, 3, "value");
            panels.computeIfAbsent(panel, p -> new LinkedHashMap<>()).computeIfAbsent(series, s -> new ArrayList<>())
                    .add(new double[] {t, value});
        }
        if (panels.isEmpty()) {
            throw new ReportException(csv.name() + ": no data rows after the header");
        }
        List<Panel> result = new ArrayList<>();
        panels.forEach((title, lines) -> {
            List<Line> sorted = new ArrayList<>();
            lines.forEach((name, points) -> {
                // stable: points written at the same instant keep their order
                points.sort((a, b) -> Double.compare(a[0], b[0]));
                sorted.add(new Line(name, points.stream().mapToDouble(p -> p[0]).toArray(),
                        points.stream().mapToDouble(p -> p[1]).toArray()));
            });
            result.add(new Panel(title, List.copyOf(sorted)));
        });
        return List.copyOf(result);
    }

    static double[] timeRange(List<Panel> panels) {
        double[] range = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        panels.forEach(panel -> panel.lines().forEach(line -> Arrays.stream(line.t()).forEach(t -> {
            range[0] = Math.min(range[0], t);
            range[1] = Math.max(range[1], t);
        })));
        return range;
    }
}
