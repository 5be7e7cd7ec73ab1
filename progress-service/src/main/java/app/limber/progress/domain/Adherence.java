package app.limber.progress.domain;

import java.util.Collection;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How closely a user kept to their plans, as a fraction 0..1.
 *
 * <p>Each plan-week scores min(1, done / target) (prorated target in partial weeks, see
 * {@link PlanWeekRule}); sessions beyond the target never make up for another week or another plan.
 * A score is the mean over plan-weeks, so a user with two plans contributes two scores per week.
 *
 * <ul>
 *   <li>{@code allTime}: mean over all settled plan-weeks;</li>
 *   <li>{@code last4Weeks}: mean over the settled plan-weeks of the running ISO week and the three
 *       before it.</li>
 * </ul>
 * A plan-week is settled once its week is over, or, in the running week, once its target is met:
 * like the weekly streak, a week cannot count against the user before it ends, so adherence never
 * drops merely because a new week began. Either value is null when there is no settled plan-week
 * to average.
 */
public record Adherence(Double last4Weeks, Double allTime) {

    public static final Adherence NONE = new Adherence(null, null);
    static final int WINDOW_WEEKS = 4;

    public static Adherence of(Collection<PlanWeekTally> planWeeks, IsoWeek running) {
        List<PlanWeekTally> settled = planWeeks.stream()
                .filter(tally -> isSettled(tally, running))
                .sorted(PlanWeekHistory.ORDER)
                .toList();
        IsoWeek windowStart = running.plusWeeks(1 - WINDOW_WEEKS);
        List<PlanWeekTally> recent = settled.stream().filter(tally -> !tally.week().isBefore(windowStart)).toList();
        return new Adherence(mean(recent), mean(settled));
    }

    /**
     * Whether a plan-week counts toward adherence yet: once its week is over, or, in the running week, once its target
     * is met. A week after the running one is not settled.
     */
    public static boolean isSettled(PlanWeekTally tally, IsoWeek running) {
        return tally.week().isBefore(running) || tally.week().equals(running) && tally.met();
    }

    private static Double mean(List<PlanWeekTally> tallies) {
        // Summed in a fixed order so that the same facts always give the bit-identical double.
        OptionalDouble mean = tallies.stream()
                .sorted(PlanWeekHistory.ORDER)
                .mapToDouble(PlanWeekTally::adherence)
                .average();
        return mean.isPresent() ? mean.getAsDouble() : null;
    }
}
