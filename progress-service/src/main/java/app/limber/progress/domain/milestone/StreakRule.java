package app.limber.progress.domain.milestone;

import app.limber.progress.domain.DailyStreak;
import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.PlanWeekHistory;
import app.limber.progress.domain.WeeklyStreak;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code streak-reached}: a daily streak run of 3, 7, 14, 30, 60, 100 or 365 days, or a weekly-target streak run of
 * 2, 4, 8, 12, 26 or 52 weeks, exactly as {@link DailyStreak#runs} and {@link WeeklyStreak#runs} delimit runs.
 *
 * <p><b>Episodes.</b> Each run that reaches a threshold is one milestone for that threshold; a later run reaching it
 * again is another. The key names the stretch that first reached the threshold (the run's first day to the day it
 * reached it; see {@link MilestonePeriod.Run}), and the milestone carries the whole run as its episode. A run is
 * <i>the same episode</i> as a recorded milestone when the run overlaps the recorded stretch
 * ({@link MilestoneReconciliation}). So a late session that extends a run at either end, or merges two runs, never
 * revokes and republishes a threshold already reached; only a change after which no run of the threshold's length
 * touches the recorded days (a deleted session that leaves the run too short) revokes it, and the pieces of a run
 * split by a deleted session are not celebrated again for lengths the whole run had reached.
 *
 * <p>Weekly runs are taken over every week up to the latest one in which a session counted; the running week
 * belongs to a run as soon as it is met, as for {@code /progress/me}. No clock is needed: an unmet week can only end
 * a run, and it is always after the runs that are complete.
 */
public final class StreakRule {

    private StreakRule() {
    }

    public static List<Milestone> milestones(MilestoneFacts facts) {
        List<Milestone> milestones = new ArrayList<>();
        for (DailyStreak.Run run : DailyStreak.runs(facts.activeDays())) {
            DateRange whole = new DateRange(run.first(), run.last());
            for (int threshold : StreakKind.DAILY.thresholds()) {
                if (run.length() >= threshold) {
                    DateRange reaching = new DateRange(run.first(), run.first().plusDays(threshold - 1L));
                    milestones.add(milestone(facts, new MilestonePeriod.Run(StreakKind.DAILY, threshold, reaching),
                            new MilestoneDetails.StreakReached(StreakKind.DAILY, threshold, reaching.last(), null), whole));
                }
            }
        }
        facts.historyThroughLastCountedWeek().ifPresent(history -> weekly(facts, history, milestones));
        return milestones;
    }

    private static void weekly(MilestoneFacts facts, PlanWeekHistory history, List<Milestone> milestones) {
        List<IsoWeek> weeks = history.userWeeks().stream().map(week -> week.week()).toList();
        IsoWeek afterLast = weeks.get(weeks.size() - 1).next();
        for (WeeklyStreak.Run run : WeeklyStreak.runs(history.userWeeks(), afterLast)) {
            DateRange whole = new DateRange(run.first().monday(), run.last().sunday());
            for (int threshold : StreakKind.WEEKLY.thresholds()) {
                if (run.length() >= threshold) {
                    IsoWeek reached = run.weeks().get(threshold - 1);
                    DateRange reaching = new DateRange(run.first().monday(), reached.sunday());
                    milestones.add(milestone(facts, new MilestonePeriod.Run(StreakKind.WEEKLY, threshold, reaching),
                            new MilestoneDetails.StreakReached(StreakKind.WEEKLY, threshold, null, reached), whole));
                }
            }
        }
    }

    private static Milestone milestone(MilestoneFacts facts, MilestonePeriod.Run period,
                                       MilestoneDetails.StreakReached details, DateRange whole) {
        return new Milestone(new MilestoneKey(facts.userId(), MilestoneType.STREAK_REACHED, null, period), details, whole);
    }
}
