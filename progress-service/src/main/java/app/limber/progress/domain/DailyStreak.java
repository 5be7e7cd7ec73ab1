package app.limber.progress.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Consecutive local days with at least one session.
 *
 * <p>{@code current} is the run that contains today, or else the one that contains yesterday (today is
 * not over, so not having trained yet today does not break the streak); otherwise 0. {@code longest}
 * is the longest run ever. Days are the sessions' own local dates; {@code today} is the user's date
 * in their current time zone, supplied by the caller.
 */
public record DailyStreak(int current, int longest) {

    public static DailyStreak of(Collection<LocalDate> activeDays, LocalDate today) {
        NavigableSet<LocalDate> days = new TreeSet<>(activeDays);
        return new DailyStreak(current(days, today), longest(days));
    }

    private static int current(NavigableSet<LocalDate> days, LocalDate today) {
        LocalDate anchor = days.contains(today) ? today : today.minusDays(1);
        if (!days.contains(anchor)) {
            return 0;
        }
        int run = 1;
        for (LocalDate day = anchor.minusDays(1); days.contains(day); day = day.minusDays(1)) {
            run++;
        }
        // A session's zone may be ahead of the user's current one, so "tomorrow" can already be logged.
        for (LocalDate day = anchor.plusDays(1); days.contains(day); day = day.plusDays(1)) {
            run++;
        }
        return run;
    }

    private static int longest(NavigableSet<LocalDate> days) {
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : days) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        return longest;
    }
}
