package app.limber.progress.domain;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.LOS_ANGELES;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.NEW_YORK;
import static app.limber.progress.domain.Facts.STRENGTH;
import static app.limber.progress.domain.Facts.at;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.id;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.Facts.session;
import static app.limber.progress.domain.Facts.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionAttributionTest {

    private final PlanFact mobility = plan("mobility", MOBILITY, 3, BERLIN, "2026-11-16");
    private final PlanFact strength = plan("strength", STRENGTH, 2, BERLIN, "2026-11-16");

    @Test
    void aSessionNamingAnActivePlanCountsTowardIt() {
        SessionFact named = session("s", MOBILITY, mobility, "2026-11-17T07:30", BERLIN);

        assertEquals(Optional.of(mobility), attribution(mobility, strength).planFor(named));
    }

    @Test
    void aSessionNamingAPlanOutsideItsWeeksCountsTowardNoPlanRatherThanAnother() {
        SessionFact beforeStart = session("s", MOBILITY, mobility, "2026-11-12T07:30", BERLIN);
        PlanFact unknown = plan("never-scheduled", MOBILITY, 1, BERLIN, "2026-11-16");
        SessionFact namingUnknown = session("t", MOBILITY, unknown, "2026-11-17T07:30", BERLIN);

        assertTrue(attribution(mobility).planFor(beforeStart).isEmpty());
        assertTrue(attribution(mobility).planFor(namingUnknown).isEmpty());
    }

    @Test
    void aSessionNamingNoPlanCountsTowardTheOneActivePlanForItsRoutine() {
        SessionFact unnamed = session("s", STRENGTH, null, "2026-11-18T18:00", BERLIN);

        assertEquals(Optional.of(strength), attribution(mobility, strength).planFor(unnamed));
    }

    @Test
    void aSessionNamingNoPlanWithNoPlanForItsRoutineCountsTowardNone() {
        SessionFact otherRoutine = session("s", id("routine:other"), null, "2026-11-18T18:00", BERLIN);

        assertTrue(attribution(mobility, strength).planFor(otherRoutine).isEmpty());
    }

    @Test
    void twoActivePlansForTheSameRoutineMakeAnUnnamedSessionCountTowardNone() {
        PlanFact second = plan("mobility-again", MOBILITY, 1, LOS_ANGELES, "2026-11-01");
        SessionFact unnamed = session("s", MOBILITY, null, "2026-11-18T18:00", BERLIN);
        SessionFact named = session("t", MOBILITY, second, "2026-11-18T18:00", BERLIN);

        assertTrue(attribution(mobility, second).planFor(unnamed).isEmpty());
        assertEquals(Optional.of(second), attribution(mobility, second).planFor(named));
    }

    @Test
    void aPlanReplacedMidWeekTakesTheSessionsOfItsOwnDays() {
        PlanFact old = plan("old", MOBILITY, 3, BERLIN, "2026-11-02", "2026-11-18");
        PlanFact replacement = plan("new", MOBILITY, 4, BERLIN, "2026-11-19");
        SessionAttribution attribution = attribution(old, replacement);

        assertEquals(Optional.of(old), attribution.planFor(session("tue", MOBILITY, null, "2026-11-17T07:00", BERLIN)));
        assertEquals(Optional.of(replacement),
                attribution.planFor(session("fri", MOBILITY, null, "2026-11-20T07:00", BERLIN)));
    }

    @Test
    void anUnnamedSessionEarlierInTheWeekAPlanStartsCountsTowardThatWeek() {
        PlanFact fromWednesday = plan("p", MOBILITY, 2, BERLIN, "2026-11-18");
        SessionFact monday = session("s", MOBILITY, null, "2026-11-16T07:00", BERLIN);

        AppliedSession applied = attribution(fromWednesday).apply(monday);

        assertEquals(fromWednesday.planId(), applied.planId());
        assertEquals(week("2026-W47"), applied.planWeek());
    }

    @Test
    void theUsersOwnDateDecidesBetweenPlansInDifferentZones() {
        PlanFact berlin = plan("berlin", MOBILITY, 3, BERLIN, "2026-11-02", "2026-11-11");
        PlanFact newYork = plan("new-york", MOBILITY, 3, NEW_YORK, "2026-11-12");
        // Wednesday 22:00 in New York is already Thursday in Berlin, after the Berlin plan's last day.
        SessionFact lateWednesday = at("s", MOBILITY, null, Instant.parse("2026-11-12T03:00:00Z"), NEW_YORK);

        AppliedSession applied = attribution(berlin, newYork).apply(lateWednesday);

        assertEquals(date("2026-11-11"), applied.localDate());
        assertEquals(berlin.planId(), applied.planId());
        assertEquals(week("2026-W46"), applied.planWeek());
    }

    @Test
    void aSessionBetweenTwoZonesWeeksCountsTowardNeitherPlan() {
        PlanFact berlin = plan("berlin", MOBILITY, 3, BERLIN, "2026-11-02", "2026-11-15");
        PlanFact newYork = plan("new-york", MOBILITY, 3, NEW_YORK, "2026-11-16");
        // Sunday 23:00 in New York (the Berlin plan's last day) is Monday 05:00 in Berlin, after its last week.
        SessionFact sundayNight = at("s", MOBILITY, null, Instant.parse("2026-11-16T04:00:00Z"), NEW_YORK);

        assertTrue(attribution(berlin, newYork).planFor(sundayNight).isEmpty());
    }

    @Test
    void thePlanWeekIsTheWeekOfCompletedAtInThePlansZoneNotOfTheLocalDate() {
        // Sunday 15:30 in Los Angeles is Monday 00:30 in Berlin.
        SessionFact sundayInLosAngeles =
                at("s", MOBILITY, mobility, Instant.parse("2026-11-22T23:30:00Z"), LOS_ANGELES);

        AppliedSession applied = attribution(mobility).apply(sundayInLosAngeles);

        assertEquals(date("2026-11-22"), applied.localDate());
        assertEquals(week("2026-W48"), applied.planWeek());
    }

    @Test
    void aSessionTowardNoPlanStillKeepsItsDay() {
        AppliedSession applied = attribution().apply(session("s", MOBILITY, null, "2026-11-18T18:00", BERLIN));

        assertNull(applied.planId());
        assertNull(applied.planWeek());
        assertEquals(date("2026-11-18"), applied.localDate());
    }

    private static SessionAttribution attribution(PlanFact... plans) {
        return new SessionAttribution(List.of(plans));
    }
}
