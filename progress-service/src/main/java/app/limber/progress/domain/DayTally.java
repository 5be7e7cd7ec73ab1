package app.limber.progress.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Rollup of one user's local day: the sessions whose {@code localDate} it is, and their duration.
 * This is what the calendar shows and what the daily streak and totals are computed from.
 */
public record DayTally(LocalDate day, int sessions, long durationSeconds) {

    public DayTally {
        Objects.requireNonNull(day, "day");
        if (sessions < 0 || durationSeconds < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }
}
