package app.limber.platform.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A report as a table for {@code text/csv} (RFC 4180): a header row, then one row per line of the report, each line
 * ending in CRLF. A cell holding a comma, a double quote, CR or LF is quoted, its quotes doubled; null is an empty
 * cell; numbers are written as JSON writes them, so that a spreadsheet and a JSON client read the same figures.
 */
public final class CsvTable {

    public static final String MEDIA_TYPE = "text/csv";

    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    private CsvTable(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public static CsvTable of(String... columns) {
        return new CsvTable(Arrays.asList(columns));
    }

    /** Adds a row; it must have one cell per column. */
    public CsvTable row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        rows.add(Arrays.asList(cells));
        return this;
    }

    public List<String> columns() {
        return columns;
    }

    public String render() {
        StringBuilder csv = new StringBuilder();
        line(csv, new ArrayList<>(columns));
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
