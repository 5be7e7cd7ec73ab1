package app.limber.routine.domain;

import java.time.LocalDate;

/**
 * The days a pause takes out of its plan: {@code startsOn} to {@code endsOn}, or to the day before
 * {@code resumedOn} once resumed early (no day at all when resumed on its first day).
 */
public record PausedDays(LocalDate startsOn, LocalDate endsOn, LocalDate resumedOn) {

    public LocalDate lastDay() {
        return resumedOn == null ? endsOn : resumedOn.minusDays(1);
    }

    public boolean overlaps(LocalDate first, LocalDate last) {
        return !startsOn.isAfter(last) && !lastDay().isBefore(first) && !lastDay().isBefore(startsOn);
    }

    public boolean covers(LocalDate day) {
        return overlaps(day, day);
    }
}
