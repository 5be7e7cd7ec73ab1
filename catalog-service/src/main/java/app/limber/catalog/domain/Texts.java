package app.limber.catalog.domain;

/** Checks on free text that PostgreSQL or a reader would trip over. */
public final class Texts {

    private Texts() {
    }

    /** C0 control characters other than tab and line breaks (PostgreSQL cannot even store NUL). */
    public static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f);
    }
}
