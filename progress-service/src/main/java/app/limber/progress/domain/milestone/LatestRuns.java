package app.limber.progress.domain.milestone;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import app.limber.progress.domain.DailyStreak;

/**
 * A user's latest runs as the reconciliation that last recorded their celebrations saw them, kept with the user
 * (in their {@code progress_user} row): what a batch of sessions added in order needs of their history
 * ({@link InOrderAddition}).
 *
 * @param daily  the last run of days with a session; empty when the user had none, or when it was not kept
 * @param weekly the last run of met weeks ({@link LatestWeeklyRun#NONE} when there was none); empty when not known
 */
public record LatestRuns(Optional<DailyStreak.Run> daily, Optional<LatestWeeklyRun> weekly) {

    public static final LatestRuns UNKNOWN = new LatestRuns(Optional.empty(), Optional.empty());

    /** The latest runs of a whole history. */
    public static LatestRuns of(MilestoneFacts facts) {
        return new LatestRuns(latestDailyRun(facts.activeDays()), Optional.of(facts.historyThroughLastCountedWeek()
                .map(history -> LatestWeeklyRun.lastOf(StreakRule.weeklyRuns(history.userWeeks())))
                .orElse(LatestWeeklyRun.NONE)));
    }

    /** The last run of these days with a session; empty when none. */
    public static Optional<DailyStreak.Run> latestDailyRun(Collection<LocalDate> activeDays) {
        List<DailyStreak.Run> runs = DailyStreak.runs(activeDays);
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }
}
