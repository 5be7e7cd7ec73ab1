package app.limber.progress.domain.milestone;

import app.limber.progress.domain.DailyStreak;
import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.UserWeek;
import app.limber.progress.domain.WeeklyStreak;

import java.util.ArrayList;
import java.util.Collection;
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
        List<Milestone> milestones = new ArrayList<>(daily(facts.userId(), DailyStreak.runs(facts.activeDays())));
        facts.historyThroughLastCountedWeek()
                .ifPresent(history -> milestones.addAll(weekly(facts.userId(), weeklyRuns(history.userWeeks()))));
        return milestones;
    }

    /** Every weekly run among these user-weeks (in week order, the last one the latest week in which a session counted). */
    static List<WeeklyStreak.Run> weeklyRuns(List<UserWeek> weeks) {
        if (weeks.isEmpty()) {
            return List.of();
        }
        return WeeklyStreak.runs(weeks, weeks.get(weeks.size() - 1).week().next());
    }

    /** The daily streak milestones of these runs. */
    static List<Milestone> daily(String userId, Collection<DailyStreak.Run> runs) {
        List<Milestone> milestones = new ArrayList<>();
        for (DailyStreak.Run run : runs) {
            DateRange whole = new DateRange(run.first(), run.last());
            for (int threshold : StreakKind.DAILY.thresholds()) {
                if (run.length() >= threshold) {
                    DateRange reaching = new DateRange(run.first(), run.first().plusDays(threshold - 1L));
                    milestones.add(milestone(userId, new MilestonePeriod.Run(StreakKind.DAILY, threshold, reaching),
                            new MilestoneDetails.StreakReached(StreakKind.DAILY, threshold, reaching.last(), null), whole));
                }
            }
        }
        return milestones;
    }

    /** The weekly streak milestones of these runs. */
    static List<Milestone> weekly(String userId, Collection<WeeklyStreak.Run> runs) {
        List<Milestone> milestones = new ArrayList<>();
        for (WeeklyStreak.Run run : runs) {
            DateRange whole = new DateRange(run.first().monday(), run.last().sunday());
            for (int threshold : StreakKind.WEEKLY.thresholds()) {
                if (run.length() >= threshold) {
                    milestones.add(weekly(userId, threshold, run.first(), run.weeks().get(threshold - 1), whole));
                }
            }
        }
        return milestones;
    }

    /** The weekly streak of {@code threshold} weeks that a run from {@code first} reached in {@code reached}. */
    static Milestone weekly(String userId, int threshold, IsoWeek first, IsoWeek reached, DateRange whole) {
        DateRange reaching = new DateRange(first.monday(), reached.sunday());
        return milestone(userId, new MilestonePeriod.Run(StreakKind.WEEKLY, threshold, reaching),
                new MilestoneDetails.StreakReached(StreakKind.WEEKLY, threshold, null, reached), whole);
    }

    private static Milestone milestone(String userId, MilestonePeriod.Run period,
                                       MilestoneDetails.StreakReached details, DateRange whole) {
        return new Milestone(new MilestoneKey(userId, MilestoneType.STREAK_REACHED, null, period), details, whole);
    }
}
