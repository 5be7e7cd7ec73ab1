package app.limber.routine.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * When a session happened and the day it counts for. Back-dated sessions are fine; a completion in
 * the future (beyond {@link #CLOCK_SKEW}), an end before the start or a session longer than
 * {@link #LONGEST} is not.
 */
public record SessionTiming(Instant startedAt, Instant completedAt, ZoneId zone) {

    /** Leeway for clients whose clocks run ahead. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    public static final Duration LONGEST = Duration.ofHours(12);
    /** Nothing was recorded before this; it also keeps dates inside what PostgreSQL stores. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    public static List<Violation> check(Instant startedAt, Instant completedAt, Instant now) {
        List<Violation> violations = new ArrayList<>();
        if (startedAt.isBefore(EARLIEST)) {
            violations.add(new Violation("startedAt", "must not be before 1970"));
        }
        if (completedAt.isAfter(now.plus(CLOCK_SKEW))) {
            violations.add(new Violation("completedAt", "must not be more than 5 minutes in the future"));
        }
        if (completedAt.isBefore(startedAt)) {
            violations.add(new Violation("completedAt", "must not be before startedAt"));
        } else if (Duration.between(startedAt, completedAt).compareTo(LONGEST) > 0) {
            violations.add(new Violation("completedAt", "a session lasts at most 12 hours after startedAt"));
        }
        return violations;
    }

    /** completedAt's calendar date in the session's zone: the day the session counts for. */
    public LocalDate localDate() {
        return LocalDate.ofInstant(completedAt, zone);
    }

    public int durationSeconds() {
        return Math.toIntExact(Duration.between(startedAt, completedAt).toSeconds());
    }
}
