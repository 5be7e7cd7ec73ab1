package app.limber.progress.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How established the training habit is, 0..1: an exponentially smoothed score in the manner of Loop Habit Tracker.
 * Every session makes it stronger, every missed one weaker, and a few missed days after a long run cost little.
 *
 * <p>Day by day, from the first fact day (the earliest of the first session's day and the first plan's start) to
 * {@code today} inclusive, starting from 0:
 * <pre>
 *   score = score · m + v · (1 − m),   m = 0.5^(√f / 13),   f = T / 7
 * </pre>
 * <ul>
 *   <li><b>T</b>, the weekly target that day: the sum of the weekly targets of the plans in force on the day (active
 *       and not paused). On a day without an active plan, the target of the latest earlier day that had one (the habit
 *       being built does not change because a plan ended); before any plan, 1 (the least a plan can ask).</li>
 *   <li><b>v</b>, how much of the target the recent sessions cover, Loop's rule for habits with a weekly frequency:
 *       {@code v = min(1, sessions in the last 14 days / (2·T))} when {@code T < 7}, and
 *       {@code v = min(1, sessions in the last 7 days / T)} otherwise (the day itself included). A plain "trained
 *       that day" would keep someone who meets a target of 3 every single week near 3/7; the window lets meeting the
 *       target, on whichever days, approach 1. Every session counts, planned or not, on its local day.</li>
 * </ul>
 * A day on which every active plan is paused is skipped: the score holds, as a pause counts neither toward the habit
 * nor against it (sessions done during it still count in the windows of the days after it).
 *
 * <p>It is a function of the set of session days and plans, so it does not depend on the order the facts arrived in;
 * days are visited in date order, so the same facts always give the bit-identical value.
 */
public final class HabitStrength {

    private static final int WEEK = 7;
    private static final double HALF_LIFE_SCALE = 13.0;

    private HabitStrength() {
    }

    /**
     * @param plans the user's plans with their current end
     * @param days  the user's day tallies
     * @param today the user's local date now
     */
    public static double of(Collection<PlanFact> plans, Collection<DayTally> days, LocalDate today) {
        Optional<LocalDate> first = firstDay(plans, days);
        if (first.isEmpty() || first.get().isAfter(today)) {
            return 0.0;
        }
        LocalDate start = first.get();
        int span = (int) ChronoUnit.DAYS.between(start, today) + 1;
        // sessionsUpTo[i] = sessions on the days start .. start + i - 1
        long[] sessionsUpTo = new long[span + 1];
        long[] sessionsOn = new long[span];
        for (DayTally day : days) {
            long offset = ChronoUnit.DAYS.between(start, day.day());
            if (offset >= 0 && offset < span) {
                sessionsOn[(int) offset] += day.sessions();
            }
        }
        for (int i = 0; i < span; i++) {
            sessionsUpTo[i + 1] = sessionsUpTo[i] + sessionsOn[i];
        }
        double score = 0.0;
        int target = 1;
        for (int i = 0; i < span; i++) {
            LocalDate day = start.plusDays(i);
            if (isWhollyPaused(plans, day)) {
                continue;
            }
            int planned = plans.stream().filter(plan -> plan.isInForceOn(day)).mapToInt(PlanFact::weeklyTarget).sum();
            target = planned > 0 ? planned : target;
            score = next(score, target, recentSessions(sessionsUpTo, i, target < WEEK ? 2 * WEEK : WEEK));
        }
        return Math.min(1.0, Math.max(0.0, score));
    }

    /** One day of the recurrence, for a day whose weekly target is {@code target}. */
    static double next(double score, int target, long recentSessions) {
        double frequency = (double) target / WEEK;
        double multiplier = Math.pow(0.5, Math.sqrt(frequency) / HALF_LIFE_SCALE);
        double needed = target < WEEK ? 2.0 * target : target;
        double value = Math.min(1.0, recentSessions / needed);
        return score * multiplier + value * (1 - multiplier);
    }

    private static long recentSessions(long[] sessionsUpTo, int dayIndex, int window) {
        int from = Math.max(0, dayIndex + 1 - window);
        return sessionsUpTo[dayIndex + 1] - sessionsUpTo[from];
    }

    private static boolean isWhollyPaused(Collection<PlanFact> plans, LocalDate day) {
        return plans.stream().anyMatch(plan -> plan.isActiveOn(day))
                && plans.stream().noneMatch(plan -> plan.isInForceOn(day));
    }

    private static Optional<LocalDate> firstDay(Collection<PlanFact> plans, Collection<DayTally> days) {
        return Stream.concat(
                        plans.stream().map(PlanFact::startsOn),
                        days.stream().filter(day -> day.sessions() > 0).map(DayTally::day))
                .min(Comparator.naturalOrder());
    }
}
