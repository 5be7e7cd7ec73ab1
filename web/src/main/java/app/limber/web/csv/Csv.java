package app.limber.web.csv;

import java.util.List;

/**
 * RFC 4180 text: CRLF after every record, a field quoted when it holds a comma, a quote, CR or LF, quotes inside
 * doubled. Used for the analytics downloads until the services answer {@code Accept: text/csv} themselves.
 */
public final class Csv {

    private Csv() {
    }

    public static String write(List<List<String>> records) {
        StringBuilder out = new StringBuilder();
        for (List<String> record : records) {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(field(record.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
