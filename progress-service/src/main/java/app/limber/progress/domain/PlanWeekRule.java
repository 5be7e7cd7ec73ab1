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
 *
 * <p><b>Paused weeks.</b> A paused day counts neither toward the plan nor against it: the target is prorated to the
 * days in force (within the plan's dates and not paused) by the same rule,
 * {@code max(1, round(weeklyTarget × daysInForce / 7))}, so a pause only ever lowers a week's target (with a target of
 * 3, a week with 4 days in force asks for 2, one with 1 day asks for 1). A week whose days are all paused asks for 0
 * and is <em>skipped</em>: it is not a plan-week at all for adherence, the weekly streak and the milestones (not met,
 * not missed, neither extending nor breaking a run). Sessions done on paused days still count as done in their week.
 * Weeks without a paused day have daysInForce = activeDays, so a pause never changes another week.
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

    /** Whether the week shares a day with the plan's dates, paused or not (sessions count toward it then). */
    public static boolean isActiveIn(PlanFact plan, IsoWeek week) {
        return activeDays(plan, week) > 0;
    }

    /** Days of {@code week} within the plan's dates and not paused: 0..7. */
    public static int daysInForce(PlanFact plan, IsoWeek week) {
        int active = activeDays(plan, week);
        if (active == 0 || plan.pauses().isEmpty()) {
            return active;
        }
        int inForce = 0;
        for (LocalDate day = week.monday(); !day.isAfter(week.sunday()); day = day.plusDays(1)) {
            if (plan.isInForceOn(day)) {
                inForce++;
            }
        }
        return inForce;
    }

    /**
     * Sessions the plan asks for in {@code week}; 0 when it is not active then, or when every day of it the plan
     * covers is paused (a skipped week).
     */
    public static int targetIn(PlanFact plan, IsoWeek week) {
        int inForce = daysInForce(plan, week);
        if (inForce == 0) {
            return 0;
        }
        int rounded = (2 * plan.weeklyTarget() * inForce + 7) / 14;
        return Math.max(1, rounded);
    }

    /** Whether the plan is active in {@code week} but asks nothing of it, every day it covers being paused. */
    public static boolean isSkipped(PlanFact plan, IsoWeek week) {
        return isActiveIn(plan, week) && targetIn(plan, week) == 0;
    }

    /** The weeks the plan skips ({@link #isSkipped}), in order: only weeks its pauses touch can be. */
    public static List<IsoWeek> skippedWeeks(PlanFact plan) {
        List<IsoWeek> skipped = new ArrayList<>();
        for (PlanPause pause : plan.pauses()) {
            for (IsoWeek week = IsoWeek.of(pause.startsOn()); !week.isAfter(IsoWeek.of(pause.endsOn())); week = week.next()) {
                if (isSkipped(plan, week) && (skipped.isEmpty() || skipped.get(skipped.size() - 1).isBefore(week))) {
                    skipped.add(week);
                }
            }
        }
        return skipped;
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
        return activeWeeksBetween(plan, null, last);
    }

    /** The plan's active weeks in order from {@code from} (null: its first) up to and including {@code last}. */
    public static List<IsoWeek> activeWeeksBetween(PlanFact plan, IsoWeek from, IsoWeek last) {
        List<IsoWeek> weeks = new ArrayList<>();
        Optional<IsoWeek> first = firstWeek(plan);
        if (first.isEmpty()) {
            return weeks;
        }
        IsoWeek stop = plan.end().map(IsoWeek::of).filter(end -> end.isBefore(last)).orElse(last);
        IsoWeek start = from != null && from.isAfter(first.get()) ? from : first.get();
        for (IsoWeek week = start; !week.isAfter(stop); week = week.next()) {
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
