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
 * @param daily   the last run of days with a session; empty when the user had none, or when it was not kept
 * @param weekly  the last run of met weeks ({@link LatestWeeklyRun#NONE} when there was none); empty when not known
 * @param ownKeys whether the user's recorded celebrations are exactly those true now, each active under its own key
 *                ({@link MilestoneReconciliation#onlyOwnKeys}): then no recorded key can cover or be revived by what a
 *                batch added in order makes newly true, and its news are first occurrences of their own keys without
 *                reading any ({@link InOrderAddition.Outcome#publications}). A batch in order keeps it as it found it,
 *                since it only adds what becomes true under new keys; a reconciliation of the whole history finds it
 *                out; a window, which sees part of the keys, leaves it false.
 */
public record LatestRuns(Optional<DailyStreak.Run> daily, Optional<LatestWeeklyRun> weekly, boolean ownKeys) {

    public static final LatestRuns UNKNOWN = new LatestRuns(Optional.empty(), Optional.empty());

    /** Runs of a user whose recorded keys are not known to be their own ({@code ownKeys} false). */
    public LatestRuns(Optional<DailyStreak.Run> daily, Optional<LatestWeeklyRun> weekly) {
        this(daily, weekly, false);
    }

    public LatestRuns withOwnKeys(boolean ownKeys) {
        return new LatestRuns(daily, weekly, ownKeys);
    }

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
