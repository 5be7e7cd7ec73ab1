package app.limber.progress.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Consecutive local days with at least one session.
 *
 * <p>{@code current} is the run that contains today, or else the one that contains yesterday (today is
 * not over, so not having trained yet today does not break the streak); otherwise 0. {@code longest}
 * is the longest run ever. Days are the sessions' own local dates; {@code today} is the user's date
 * in their current time zone, supplied by the caller. A run is a maximal stretch of consecutive active
 * days ({@link #runs}); both figures are lengths of runs.
 */
public record DailyStreak(int current, int longest) {

    /** A maximal stretch of consecutive active days, {@code first} to {@code last} inclusive. */
    public record Run(LocalDate first, LocalDate last) {

        public Run {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("a run ends on or after its first day");
            }
        }

        public int length() {
            return (int) ChronoUnit.DAYS.between(first, last) + 1;
        }

        public boolean contains(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }
    }

    public static DailyStreak of(Collection<LocalDate> activeDays, LocalDate today) {
        List<Run> runs = runs(activeDays);
        // A session's zone may be ahead of the user's current one, so "tomorrow" can already be logged:
        // the run containing today (or yesterday) counts whole.
        LocalDate anchor = runs.stream().anyMatch(run -> run.contains(today)) ? today : today.minusDays(1);
        int current = runs.stream().filter(run -> run.contains(anchor)).mapToInt(Run::length).findFirst().orElse(0);
        int longest = runs.stream().mapToInt(Run::length).max().orElse(0);
        return new DailyStreak(current, longest);
    }

    /** Every run of the days, in date order. */
    public static List<Run> runs(Collection<LocalDate> activeDays) {
        List<Run> runs = new ArrayList<>();
        LocalDate first = null;
        LocalDate previous = null;
        for (LocalDate day : new TreeSet<>(activeDays)) {
            if (previous == null || !previous.plusDays(1).equals(day)) {
                if (previous != null) {
                    runs.add(new Run(first, previous));
                }
                first = day;
            }
            previous = day;
        }
        if (previous != null) {
            runs.add(new Run(first, previous));
        }
        return runs;
    }
}
