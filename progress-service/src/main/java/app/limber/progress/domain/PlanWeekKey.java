package app.limber.progress.domain;

import java.util.UUID;

/** Identifies one plan in one of its weeks. */
record PlanWeekKey(UUID planId, IsoWeek week) {

    static PlanWeekKey of(PlanWeekTally tally) {
        return new PlanWeekKey(tally.planId(), tally.week());
    }
}
