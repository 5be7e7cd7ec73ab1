package app.limber.progress.domain;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.Facts.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PlanWeekRuleTest {

    @Test
    void aFullWeekAsksForTheWeeklyTarget() {
        PlanFact plan = plan("p", MOBILITY, 3, BERLIN, "2026-11-16");

        assertEquals(7, PlanWeekRule.activeDays(plan, week("2026-W48")));
        assertEquals(3, PlanWeekRule.targetIn(plan, week("2026-W48")));
    }

    @Test
    void aPartialFirstWeekIsProratedToTheNearestSessionButAtLeastOne() {
        PlanFact fromThursday = plan("thu", MOBILITY, 3, BERLIN, "2026-11-19");
        PlanFact fromSunday = plan("sun", MOBILITY, 3, BERLIN, "2026-11-22");

        assertEquals(2, PlanWeekRule.targetIn(fromThursday, week("2026-W47")), "3 x 4/7 = 1.7");
        assertEquals(1, PlanWeekRule.targetIn(fromSunday, week("2026-W47")), "3 x 1/7 = 0.4, at least 1");
        assertEquals(0, PlanWeekRule.targetIn(fromSunday, week("2026-W46")));
    }

    @Test
    void aPlanEndedMidWeekAsksForItsShareOfThatWeekAndNothingAfter() {
        PlanFact endedWednesday = plan("p", MOBILITY, 3, BERLIN, "2026-11-16", "2026-12-02");

        assertEquals(1, PlanWeekRule.targetIn(endedWednesday, week("2026-W49")), "3 x 3/7 = 1.3");
        assertFalse(PlanWeekRule.isActiveIn(endedWednesday, week("2026-W50")));
        assertEquals(List.of(week("2026-W47"), week("2026-W48"), week("2026-W49")),
                PlanWeekRule.activeWeeksThrough(endedWednesday, week("2027-W10")));
    }

    @Test
    void aWeekSplitByAReplacementAsksForTheUsualTargetInTotal() {
        PlanFact old = plan("old", MOBILITY, 3, BERLIN, "2026-11-02", "2026-12-02");
        PlanFact replacement = plan("new", MOBILITY, 3, BERLIN, "2026-12-03");

        IsoWeek split = week("2026-W49");
        assertEquals(3, PlanWeekRule.targetIn(old, split) + PlanWeekRule.targetIn(replacement, split));
    }

    @Test
    void everyProratedTargetLiesBetweenOneAndTheWeeklyTarget() {
        IsoWeek w = week("2026-W48");
        for (int target = 1; target <= 14; target++) {
            for (int days = 1; days <= 7; days++) {
                LocalDate start = w.sunday().minusDays(days - 1);
                PlanFact plan = new PlanFact(UUID.randomUUID(), MOBILITY, target, BERLIN, start, null);
                int prorated = PlanWeekRule.targetIn(plan, w);
                assertTrue(prorated >= 1 && prorated <= target, target + " over " + days + " days gave " + prorated);
                assertEquals(Math.max(1, Math.round(target * days / 7.0f)), prorated);
            }
        }
    }

    @Test
    void aPlanEndedBeforeItStartedIsNeverActive() {
        PlanFact cancelled = plan("p", MOBILITY, 3, BERLIN, "2026-11-23").endingBy(LocalDate.parse("2026-11-20"));

        assertTrue(PlanWeekRule.firstWeek(cancelled).isEmpty());
        assertTrue(PlanWeekRule.activeWeeksThrough(cancelled, week("2026-W52")).isEmpty());
        assertFalse(PlanWeekRule.isActiveIn(cancelled, week("2026-W47")));
    }

    @Test
    void anOpenEndedPlanRunsThroughTheRequestedWeek() {
        PlanFact open = plan("p", MOBILITY, 2, BERLIN, "2026-11-18");

        assertEquals(List.of(week("2026-W47"), week("2026-W48"), week("2026-W49")),
                PlanWeekRule.activeWeeksThrough(open, week("2026-W49")));
    }

    @Test
    void aPlanOverTheYearEndIncludesWeek53() {
        PlanFact plan = plan("p", MOBILITY, 2, BERLIN, "2026-12-21", "2027-01-10");

        assertEquals(List.of(week("2026-W52"), week("2026-W53"), week("2027-W01")),
                PlanWeekRule.activeWeeksThrough(plan, week("2027-W05")));
        assertEquals(2, PlanWeekRule.targetIn(plan, week("2026-W53")));
    }

    @Test
    void endingOnlyEverShortensAPlan() {
        PlanFact plan = plan("p", MOBILITY, 2, BERLIN, "2026-11-16", "2026-12-31");

        assertEquals(LocalDate.parse("2026-12-10"), plan.endingBy(LocalDate.parse("2026-12-10")).endsOn());
        assertEquals(LocalDate.parse("2026-12-31"), plan.endingBy(LocalDate.parse("2027-02-01")).endsOn());
    }
}
