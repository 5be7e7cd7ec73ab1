package app.limber.progress.domain.milestone;

import java.util.List;
import java.util.Objects;

import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.WeeklyStreak;

/**
 * A user's last run of met weeks ({@link WeeklyStreak.Run}) as far as a batch of sessions added in order needs it: its
 * first and last week and its length (weeks without a target inside it are skipped, so the length is not the span).
 * {@link #NONE} when the user never met a week.
 */
public record LatestWeeklyRun(IsoWeek first, IsoWeek last, int length) {

    public static final LatestWeeklyRun NONE = new LatestWeeklyRun(null, null, 0);

    public LatestWeeklyRun {
        if (length < 0 || (length == 0) != (first == null) || (first == null) != (last == null)) {
            throw new IllegalArgumentException("a run has a first and a last week and a length, or none of them");
        }
        if (first != null && last.isBefore(first)) {
            throw new IllegalArgumentException("a run ends on or after its first week");
        }
    }

    /** The last of these runs, in week order; {@link #NONE} when there is none. */
    public static LatestWeeklyRun lastOf(List<WeeklyStreak.Run> runs) {
        if (runs.isEmpty()) {
            return NONE;
        }
        WeeklyStreak.Run last = runs.get(runs.size() - 1);
        return new LatestWeeklyRun(last.first(), last.last(), last.length());
    }

    public boolean exists() {
        return length > 0;
    }

    /** This run with {@code week}, the next week with a target after its last, met too. */
    LatestWeeklyRun extendedBy(IsoWeek week) {
        Objects.requireNonNull(first, "no run to extend");
        return new LatestWeeklyRun(first, week, length + 1);
    }

    /** A run of the one week {@code week}. */
    static LatestWeeklyRun of(IsoWeek week) {
        return new LatestWeeklyRun(week, week, 1);
    }
}
