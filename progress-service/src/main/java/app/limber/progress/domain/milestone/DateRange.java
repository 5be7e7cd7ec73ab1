package app.limber.progress.domain.milestone;

import java.time.LocalDate;
import java.util.Objects;

/** Local dates {@code first} to {@code last}, both inclusive. */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("range " + first + ".." + last + " ends before it starts");
        }
    }

    /** Reads {@link #toString()}'s form back, e.g. {@code 2026-11-02..2026-11-08}. */
    public static DateRange parse(String text) {
        int dots = text.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException("not a date range (first..last): " + text);
        }
        return new DateRange(LocalDate.parse(text.substring(0, dots)), LocalDate.parse(text.substring(dots + 2)));
    }

    public boolean overlaps(DateRange other) {
        return !other.last.isBefore(first) && !other.first.isAfter(last);
    }

    /** {@code 2026-11-02..2026-11-08}. */
    @Override
    public String toString() {
        return first + ".." + last;
    }
}
