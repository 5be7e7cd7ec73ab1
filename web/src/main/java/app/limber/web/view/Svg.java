package app.limber.web.view;

import java.util.Locale;

/** Escaping and number formatting shared by the server-drawn charts. */
final class Svg {

    private Svg() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A coordinate with at most one decimal, so that the markup stays small. */
    static String n(double value) {
        long rounded = Math.round(value * 10);
        return rounded % 10 == 0 ? Long.toString(rounded / 10) : String.format(Locale.ROOT, "%.1f", rounded / 10.0);
    }
}
