package app.limber.progress.domain.milestone;

import app.limber.progress.domain.PlanWeekHistory;
import app.limber.progress.domain.PlanWeekRule;
import app.limber.progress.domain.PlanWeekTally;

import java.util.List;

/**
 * {@code week-target-met}: a plan-week whose sessions reached its target, prorated in partial weeks exactly as
 * {@link PlanWeekRule} and {@link PlanWeekTally#met()} say. It is true from the session that reaches the target on,
 * in the running week too: unlike adherence, a met week needs no waiting for the week's end.
 */
public final class WeekTargetMetRule {

    private WeekTargetMetRule() {
    }

    public static List<Milestone> milestones(MilestoneFacts facts) {
        return milestones(facts.userId(), facts.historyThroughLastCountedWeek().map(PlanWeekHistory::planWeeks)
                .orElse(List.of()));
    }

    /** The met weeks among these plan-weeks. */
    static List<Milestone> milestones(String userId, List<PlanWeekTally> planWeeks) {
        return planWeeks.stream()
                .filter(PlanWeekTally::met)
                .map(tally -> Milestone.exact(
                        new MilestoneKey(userId, MilestoneType.WEEK_TARGET_MET, tally.planId(),
                                new MilestonePeriod.Week(tally.week())),
                        new MilestoneDetails.WeekTargetMet(tally.week(), tally.done(), tally.target())))
                .toList();
    }
}
