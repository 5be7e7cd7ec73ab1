package app.limber.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV as a spreadsheet does, so tests can check what the services answer on {@code Accept: text/csv}:
 * CRLF-ended records, quoted fields holding commas, doubled quotes and line breaks.
 */
public final class Rfc4180 {

    private Rfc4180() {
    }

    public static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            throw new IllegalArgumentException("the last record does not end in CRLF: " + csv);
        }
        return records;
    }
}
