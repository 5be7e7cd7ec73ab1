package app.limber.progress.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which ISO weeks a plan is active in, and what it asks for in each of them.
 *
 * <p><b>Active weeks.</b> A plan is active in every ISO week (Monday to Sunday, in the plan's time
 * zone) that shares at least one day with [{@code startsOn}, {@code endsOn}] (both inclusive; open
 * end while {@code endsOn} is null). A plan that ended before it started is active in no week.
 *
 * <p><b>Partial first and last weeks.</b> In a week the plan covers only in part, the target is
 * prorated to the days it covers and rounded to the nearest whole session, but never below one:
 * {@code max(1, round(weeklyTarget × activeDays / 7))}. A full week asks for exactly
 * {@code weeklyTarget}. Examples with a target of 3: a plan starting on a Thursday (4 days) asks for
 * 2 that week, one starting on a Sunday (1 day) asks for 1, one ended on a Wednesday (3 days) asks
 * for 1.
 *
 * <p>Rounding to nearest rather than up is deliberate: replacing a plan mid-week, or moving to a plan
 * in another time zone, splits one week between two plans, and rounding each part up would make
 * that week ask for more sessions than either plan asks for in a whole week (3 would become 2 + 2).
 * Rounding to nearest keeps the split week at the usual 1 + 2. No exact half can occur, because
 * {@code weeklyTarget × activeDays} is an integer and 7 is odd.
 */
public final class PlanWeekRule {

    private PlanWeekRule() {
    }

    /** Days of {@code week} within the plan's dates: 0..7. */
    public static int activeDays(PlanFact plan, IsoWeek week) {
        LocalDate from = later(week.monday(), plan.startsOn());
        LocalDate to = plan.end().map(end -> earlier(week.sunday(), end)).orElse(week.sunday());
        return to.isBefore(from) ? 0 : (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    public static boolean isActiveIn(PlanFact plan, IsoWeek week) {
        return activeDays(plan, week) > 0;
    }

    /** Sessions the plan asks for in {@code week}; 0 when it is not active then. */
    public static int targetIn(PlanFact plan, IsoWeek week) {
        int days = activeDays(plan, week);
        if (days == 0) {
            return 0;
        }
        int rounded = (2 * plan.weeklyTarget() * days + 7) / 14;
        return Math.max(1, rounded);
    }

    /** The plan's first active week; empty when it ended before it started. */
    public static Optional<IsoWeek> firstWeek(PlanFact plan) {
        if (plan.end().filter(end -> end.isBefore(plan.startsOn())).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(IsoWeek.of(plan.startsOn()));
    }

    /** The plan's last active week; empty while open-ended or when it ended before it started. */
    public static Optional<IsoWeek> lastWeek(PlanFact plan) {
        return firstWeek(plan).flatMap(first -> plan.end().map(IsoWeek::of));
    }

    /** The plan's active weeks in order, up to and including {@code last} (open-ended plans never end). */
    public static List<IsoWeek> activeWeeksThrough(PlanFact plan, IsoWeek last) {
        List<IsoWeek> weeks = new ArrayList<>();
        Optional<IsoWeek> first = firstWeek(plan);
        if (first.isEmpty()) {
            return weeks;
        }
        IsoWeek stop = plan.end().map(IsoWeek::of).filter(end -> end.isBefore(last)).orElse(last);
        for (IsoWeek week = first.get(); !week.isAfter(stop); week = week.next()) {
            weeks.add(week);
        }
        return weeks;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
