package app.limber.progress.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The whole {@code GET /progress/me} answer.
 *
 * <p>The running week is the ISO week of {@code today}, the user's date in their current time zone.
 * {@code thisWeek.target} is the sum of the targets of the plans active in that week (0 without an
 * active plan) and {@code thisWeek.done} the sessions counted toward those plans. While no plan is
 * active in the running week, adherence is {@link Adherence#NONE} (both values null). Totals count
 * every session, planned or not; minutes are whole minutes of the summed durations, rounded down.
 * {@code habitStrength} is {@link HabitStrength} up to today.
 */
public record ProgressSummary(String userId, DailyStreak dailyStreak, WeeklyStreak weeklyStreak, ThisWeek thisWeek,
                              Adherence adherence, double habitStrength, Totals totals) {

    public record ThisWeek(int done, int target) {
    }

    public record Totals(long sessions, long minutes) {
    }

    public ProgressSummary {
        Objects.requireNonNull(userId, "userId");
    }

    /**
     * Computes the summary from the stored rollups.
     *
     * @param plans   the user's plans with their current end
     * @param counted the stored plan-week tallies ({@link UserRollup#planWeeks()})
     * @param days    the stored day tallies ({@link UserRollup#days()})
     * @param today   the user's local date now
     */
    public static ProgressSummary of(String userId, Collection<PlanFact> plans, Collection<PlanWeekTally> counted,
                                     Collection<DayTally> days, LocalDate today) {
        IsoWeek running = IsoWeek.of(today);
        PlanWeekHistory history = PlanWeekHistory.through(plans, counted, running);
        List<UserWeek> weeks = history.userWeeks();
        UserWeek thisWeek = weeks.stream()
                .filter(week -> week.week().equals(running))
                .findFirst()
                .orElse(new UserWeek(running, 0, 0));
        Adherence adherence = thisWeek.hasTarget() ? Adherence.of(history.planWeeks(), running) : Adherence.NONE;
        List<LocalDate> activeDays = days.stream().filter(day -> day.sessions() > 0).map(DayTally::day).toList();
        return new ProgressSummary(userId,
                DailyStreak.of(activeDays, today),
                WeeklyStreak.of(weeks, running),
                new ThisWeek(thisWeek.done(), thisWeek.target()),
                adherence,
                HabitStrength.of(plans, days, today),
                totals(days));
    }

    /** Computes the summary straight from the facts, as a rebuild from the event log does. */
    public static ProgressSummary of(String userId, UserFacts facts, LocalDate today) {
        UserRollup rollup = UserRollup.of(facts);
        return of(userId, facts.plans(), rollup.planWeeks(), rollup.days(), today);
    }

    private static Totals totals(Collection<DayTally> days) {
        long sessions = days.stream().mapToLong(DayTally::sessions).sum();
        long seconds = days.stream().mapToLong(DayTally::durationSeconds).sum();
        return new Totals(sessions, seconds / 60);
    }
}
