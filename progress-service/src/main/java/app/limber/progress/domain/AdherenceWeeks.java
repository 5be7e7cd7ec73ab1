package app.limber.progress.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A user's adherence week by week: every plan-week from one ISO week to another, as {@link Adherence} counts them.
 *
 * <p>The plan-weeks are exactly those of {@link PlanWeekHistory} (active weeks in the plan's zone, prorated targets,
 * wholly paused weeks skipped), never after the running week; {@code met} is {@link PlanWeekTally#met()} and
 * {@code settled} is {@link Adherence#isSettled}, so the settled entries of a range are the plan-weeks whose
 * {@link PlanWeekTally#adherence()} the adherence means average.
 */
public final class AdherenceWeeks {

    private AdherenceWeeks() {
    }

    /**
     * One plan in one ISO week.
     *
     * @param routineId the plan's routine
     * @param settled   whether the week counts toward adherence yet (over, or met while it runs)
     */
    public record Entry(PlanWeekTally planWeek, UUID routineId, boolean settled) {

        public Entry {
            Objects.requireNonNull(planWeek, "planWeek");
            Objects.requireNonNull(routineId, "routineId");
        }

        public boolean met() {
            return planWeek.met();
        }
    }

    /**
     * @param plans   the user's plans with their current ends and pauses
     * @param counted the stored tallies of at least the weeks from {@code first} to {@code last}
     * @param first   the first week asked for
     * @param last    the last week asked for; weeks after {@code running} are left out
     * @param running the week of the user's today
     * @return oldest week first, then by plan id
     */
    public static List<Entry> of(Collection<PlanFact> plans, Collection<PlanWeekTally> counted, IsoWeek first,
                                 IsoWeek last, IsoWeek running) {
        IsoWeek through = last.isAfter(running) ? running : last;
        if (first.isAfter(through)) {
            return List.of();
        }
        Map<UUID, UUID> routines = plans.stream().collect(Collectors.toMap(PlanFact::planId, PlanFact::routineId,
                (one, other) -> one));
        return PlanWeekHistory.between(plans, counted, first, through).planWeeks().stream()
                .map(tally -> new Entry(tally, routines.get(tally.planId()), Adherence.isSettled(tally, running)))
                .toList();
    }
}
