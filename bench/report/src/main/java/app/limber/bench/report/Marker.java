package app.limber.bench.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One row of events.csv: a moment of the run drawn as a labelled vertical line. */
record Marker(double t, String label) {

    static final String HEADER = "t_s,label";

    /** The markers of {@code file} in time order, or none if the run wrote no events.csv (it is optional). */
    static List<Marker> readIfPresent(Path file) {
        return Files.exists(file) ? from(CsvFile.read(file, HEADER, true)) : List.of();
    }

    static List<Marker> parse(List<String> lines) {
        return from(CsvFile.parse("events.csv", lines, HEADER, true));
    }

    private static List<Marker> from(CsvFile csv) {
        List<Marker> markers = new ArrayList<>();
        for (CsvFile.Row row : csv.rows()) {
            markers.add(new Marker(csv.number(row, 0, "t_s"), csv.text(row, 1, "label")));
        }
        markers.sort(Comparator.comparingDouble(Marker::t));
        return List.copyOf(markers);
    }
}
