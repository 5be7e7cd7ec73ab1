package app.limber.progress.domain;

import java.util.Objects;

/**
 * One ISO week from the user's point of view: the sum over all their plans active that week.
 * Plans in different time zones meet in the week with the same number (2026-W48 in Berlin and in
 * Los Angeles is one user-week).
 *
 * @param done   sessions counted toward any of those plans
 * @param target sum of the plans' targets for the week; 0 when no plan was active
 */
public record UserWeek(IsoWeek week, int done, int target) {

    public UserWeek {
        Objects.requireNonNull(week, "week");
    }

    public boolean hasTarget() {
        return target > 0;
    }

    /** The weekly target was met: sessions toward the week's plans reached the sum of their targets. */
    public boolean met() {
        return hasTarget() && done >= target;
    }
}
