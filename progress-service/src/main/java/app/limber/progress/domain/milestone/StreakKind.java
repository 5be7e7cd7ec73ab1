package app.limber.progress.domain.milestone;

import java.util.List;
import java.util.Locale;

/**
 * The two streaks of {@code /progress/me} and the lengths at which reaching them is a milestone.
 * Daily: consecutive days with a session ({@link app.limber.progress.domain.DailyStreak}); weekly: consecutive
 * weeks with the weekly target met ({@link app.limber.progress.domain.WeeklyStreak}).
 */
public enum StreakKind {

    DAILY(List.of(3, 7, 14, 30, 60, 100, 365)),
    WEEKLY(List.of(2, 4, 8, 12, 26, 52));

    private final List<Integer> thresholds;
    private final String slug = name().toLowerCase(Locale.ROOT);

    StreakKind(List<Integer> thresholds) {
        this.thresholds = thresholds;
    }

    /** Ascending lengths that are milestones. */
    public List<Integer> thresholds() {
        return thresholds;
    }

    /** {@code daily} or {@code weekly}, as in the event's {@code kind}. */
    public String slug() {
        return slug;
    }
}
