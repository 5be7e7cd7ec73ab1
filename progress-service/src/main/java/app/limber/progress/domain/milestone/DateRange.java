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

    public boolean overlaps(DateRange other) {
        return !other.last.isBefore(first) && !other.first.isAfter(last);
    }

    /** {@code 2026-11-02..2026-11-08}. */
    @Override
    public String toString() {
        return first + ".." + last;
    }
}
