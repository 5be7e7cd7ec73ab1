package app.limber.progress.domain.milestone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The celebrations true for a user's facts: {@link WeekTargetMetRule}, {@link StreakRule} and {@link ComebackRule}.
 * They depend on the facts alone, never on a clock or on the order the facts arrived in. Feed the result to
 * {@link MilestoneReconciliation#reconcile} with what is recorded to learn what to publish and what to revoke.
 */
public final class EventMilestones {

    /**
     * The version of these rules. A user's recorded celebrations count as reconciled with their facts
     * ({@link CelebrationWindow}) only under the version they were reconciled by: raise it whenever a rule changes
     * what is true for the same facts, and every user's next batch reconciles their whole history again.
     */
    public static final int RULES = 1;

    private EventMilestones() {
    }

    /** Every celebration true now, ordered by key text. */
    public static List<Milestone> of(MilestoneFacts facts, MilestoneSettings settings) {
        List<Milestone> all = new ArrayList<>(WeekTargetMetRule.milestones(facts));
        all.addAll(StreakRule.milestones(facts));
        all.addAll(ComebackRule.milestones(facts, settings));
        all.sort(Comparator.comparing(milestone -> milestone.key().text()));
        return List.copyOf(all);
    }
}
