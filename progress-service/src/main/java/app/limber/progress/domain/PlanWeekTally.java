package app.limber.progress.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Rollup of one plan in one of its active ISO weeks.
 *
 * @param done   sessions counted toward the plan that week
 * @param target what the plan asks for that week ({@link PlanWeekRule#targetIn}), at least 1
 */
public record PlanWeekTally(UUID planId, IsoWeek week, int done, int target) {

    public PlanWeekTally {
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(week, "week");
        if (done < 0 || target < 1) {
            throw new IllegalArgumentException("done must be >= 0 and target >= 1");
        }
    }

    public boolean met() {
        return done >= target;
    }

    /** Weekly adherence: min(1, done / target). Extra sessions never make up for another week or plan. */
    public double adherence() {
        return Math.min(1.0, (double) done / target);
    }
}
