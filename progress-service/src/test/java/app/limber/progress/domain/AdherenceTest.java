package app.limber.progress.domain;

import static app.limber.progress.domain.Facts.id;
import static app.limber.progress.domain.Facts.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdherenceTest {

    private static final UUID PLAN = id("plan");
    private static final UUID OTHER_PLAN = id("other-plan");
    private static final IsoWeek RUNNING = week("2026-W47");
    private static final double EXACT = 0.0;

    @Test
    void extraSessionsInOneWeekDoNotMakeUpForAMissedWeek() {
        List<PlanWeekTally> weeks = List.of(tally(PLAN, "2026-W45", 5, 3), tally(PLAN, "2026-W46", 0, 3));

        assertEquals(new Adherence(0.5, 0.5), Adherence.of(weeks, RUNNING));
    }

    @Test
    void eachPlanWeekScoresSeparately() {
        List<PlanWeekTally> weeks = List.of(tally(PLAN, "2026-W46", 4, 2), tally(OTHER_PLAN, "2026-W46", 0, 2));

        assertEquals(0.5, Adherence.of(weeks, RUNNING).allTime(), EXACT);
    }

    @Test
    void theRunningWeekCountsOnlyOnceMet() {
        List<PlanWeekTally> unmet = List.of(tally(PLAN, "2026-W46", 1, 2), tally(PLAN, "2026-W47", 0, 2));
        List<PlanWeekTally> met = List.of(tally(PLAN, "2026-W46", 1, 2), tally(PLAN, "2026-W47", 2, 2));

        assertEquals(0.5, Adherence.of(unmet, RUNNING).allTime(), EXACT);
        assertEquals(0.75, Adherence.of(met, RUNNING).allTime(), EXACT);
    }

    @Test
    void lastFourWeeksAreTheRunningWeekAndTheThreeBefore() {
        List<PlanWeekTally> weeks = List.of(
                tally(PLAN, "2026-W42", 0, 2), tally(PLAN, "2026-W43", 0, 2),
                tally(PLAN, "2026-W44", 2, 2), tally(PLAN, "2026-W45", 1, 2),
                tally(PLAN, "2026-W46", 2, 2), tally(PLAN, "2026-W47", 2, 2));

        Adherence adherence = Adherence.of(weeks, RUNNING);

        assertEquals((1 + 0.5 + 1 + 1) / 4, adherence.last4Weeks(), EXACT);
        assertEquals((0 + 0 + 1 + 0.5 + 1 + 1) / 6, adherence.allTime(), 1e-12);
    }

    @Test
    void aProratedPartialWeekScoresAgainstItsProratedTarget() {
        assertEquals(1.0, Adherence.of(List.of(tally(PLAN, "2026-W46", 1, 1)), RUNNING).allTime(), EXACT);
    }

    @Test
    void nothingSettledYetMeansNoAdherence() {
        Adherence firstWeek = Adherence.of(List.of(tally(PLAN, "2026-W47", 1, 3)), RUNNING);
        Adherence longAgo = Adherence.of(List.of(tally(PLAN, "2026-W30", 1, 2)), RUNNING);

        assertEquals(Adherence.NONE, firstWeek);
        assertNull(longAgo.last4Weeks());
        assertEquals(0.5, longAgo.allTime(), EXACT);
    }

    private static PlanWeekTally tally(UUID plan, String week, int done, int target) {
        return new PlanWeekTally(plan, week(week), done, target);
    }
}
