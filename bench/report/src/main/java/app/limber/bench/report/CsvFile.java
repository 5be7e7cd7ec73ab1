package app.limber.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one small CSV file of the report contract: a fixed header, then rows of plain fields (the contract
 * rules out quoting: fields never contain commas). Every complaint names the file and the line.
 */
final class CsvFile {

    /** One data row with its line number, for messages. */
    record Row(int line, String[] fields) {
    }

    private final String name;
    private final List<Row> rows;

    private CsvFile(String name, List<Row> rows) {
        this.name = name;
        this.rows = rows;
    }

    /**
     * Reads {@code file}, whose first line must be {@code header}. With {@code lastFieldTakesRest} the last field
     * keeps any further commas (a label is text, not a number).
     */
    static CsvFile read(Path file, String header, boolean lastFieldTakesRest) {
        String name = file.getFileName().toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportException(name + ": cannot read " + file + " (" + e.getMessage() + ")");
        }
        return parse(name, lines, header, lastFieldTakesRest);
    }

    static CsvFile parse(String name, List<String> lines, String header, boolean lastFieldTakesRest) {
        if (lines.isEmpty() || !strip(lines.get(0)).equals(header)) {
            String found = lines.isEmpty() ? "an empty file" : "'" + strip(lines.get(0)) + "'";
            throw new ReportException(name + ":1: expected the header '" + header + "', found " + found);
        }
        int columns = header.split(",").length;
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = strip(lines.get(i));
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", lastFieldTakesRest ? columns : -1);
            if (fields.length != columns) {
                throw new ReportException(name + ":" + (i + 1) + ": expected " + columns + " fields (" + header + "), found "
                        + fields.length + " in '" + line + "'");
            }
            for (int f = 0; f < fields.length; f++) {
                fields[f] = fields[f].trim();
            }
            rows.add(new Row(i + 1, fields));
        }
        return new CsvFile(name, rows);
    }

    List<Row> rows() {
        return rows;
    }

    /** A finite number in field {@code index} of {@code row}, named {@code column} in the message if it is not one. */
    double number(Row row, int index, String column) {
        String text = row.fields()[index];
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the place
        }
        throw new ReportException(name + ":" + row.line() + ": " + column + " '" + text + "' is not a finite number");
    }

    /** The non-blank text in field {@code index} of {@code row}. */
    String text(Row row, int index, String column) {
        String text = row.fields()[index];
        if (text.isEmpty()) {
            throw new ReportException(name + ":" + row.line() + ": " + column + " is empty");
        }
        return text;
    }

    String name() {
        return name;
    }

    // a byte-order mark or a Windows line end must not make a correct header look wrong
    private static String strip(String line) {
        String stripped = line.startsWith("\uFEFF") ? line.substring(1) : line;
        return stripped.endsWith("\r") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
