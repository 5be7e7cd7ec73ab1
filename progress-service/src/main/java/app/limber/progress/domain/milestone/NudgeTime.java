package app.limber.progress.domain.milestone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Instants of local days. A day is a calendar date in a zone, never 24 hours: the last Sunday of March has 23 in
 * Europe/Berlin and the last Sunday of October 25, and the nudge hour lands on the wall clock either way. A nudge
 * hour that does not exist that day (inside a spring-forward gap) moves forward by the gap, as
 * {@link java.time.ZonedDateTime} resolves it.
 */
final class NudgeTime {

    private NudgeTime() {
    }

    static Instant at(LocalDate day, int hour, ZoneId zone) {
        return day.atTime(hour, 0).atZone(zone).toInstant();
    }

    static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    static LocalDate today(Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate();
    }
}
