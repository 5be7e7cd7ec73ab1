package app.limber.progress.domain;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.NEW_YORK;
import static app.limber.progress.domain.Facts.STRENGTH;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.facts;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.Facts.session;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.limber.progress.domain.ProgressSummary.ThisWeek;
import app.limber.progress.domain.ProgressSummary.Totals;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressSummaryTest {

    private final PlanFact mobility = plan("mobility", MOBILITY, 3, BERLIN, "2026-11-16");
    private final PlanFact strength = plan("strength", STRENGTH, 2, BERLIN, "2026-11-16");

    @Test
    void theWeeklyTargetIsTheSumOverTheActivePlans() {
        UserFacts facts = facts(List.of(mobility, strength), List.of(
                session("m1", MOBILITY, null, "2026-11-16T07:00", BERLIN),
                session("m2", MOBILITY, null, "2026-11-18T07:00", BERLIN),
                session("m3", MOBILITY, null, "2026-11-20T07:00", BERLIN),
                session("s1", STRENGTH, strength, "2026-11-19T18:00", BERLIN),
                session("m4", MOBILITY, null, "2026-11-23T07:00", BERLIN),
                session("s2", STRENGTH, strength, "2026-11-24T18:00", BERLIN)));

        ProgressSummary summary = ProgressSummary.of("anna", facts, date("2026-11-25"));

        assertEquals(new ThisWeek(2, 5), summary.thisWeek());
        assertEquals(new Adherence(0.75, 0.75), summary.adherence(), "W47: mobility 3/3, strength 1/2");
        assertEquals(new WeeklyStreak(0, 0), summary.weeklyStreak(), "W47: 4 of 5");
        assertEquals(new DailyStreak(2, 3), summary.dailyStreak());
        assertEquals(new Totals(6, 180), summary.totals());
        assertEquals("anna", summary.userId());
    }

    @Test
    void aWeekIsMetWhenTheSessionsTowardItsPlansReachTheSummedTarget() {
        UserFacts facts = facts(List.of(mobility, strength), List.of(
                session("m1", MOBILITY, null, "2026-11-16T07:00", BERLIN),
                session("m2", MOBILITY, null, "2026-11-18T07:00", BERLIN),
                session("s1", STRENGTH, null, "2026-11-17T18:00", BERLIN),
                session("s2", STRENGTH, null, "2026-11-19T18:00", BERLIN),
                session("s3", STRENGTH, null, "2026-11-21T18:00", BERLIN)));

        ProgressSummary summary = ProgressSummary.of("anna", facts, date("2026-11-23"));

        assertEquals(new WeeklyStreak(1, 1), summary.weeklyStreak());
        assertEquals((2.0 / 3 + 1) / 2, summary.adherence().allTime(), 1e-12, "each plan-week capped at 1");
        assertEquals(new ThisWeek(0, 5), summary.thisWeek());
    }

    @Test
    void withoutAnActivePlanTheTargetIsZeroAndAdherenceNull() {
        PlanFact ended = plan("ended", MOBILITY, 1, BERLIN, "2026-11-02", "2026-11-15");
        UserFacts facts = facts(List.of(ended), List.of(
                session("a", MOBILITY, null, "2026-11-04T07:00", BERLIN, 735),
                session("b", MOBILITY, null, "2026-11-11T07:00", BERLIN, 1095),
                session("c", STRENGTH, null, "2026-11-24T07:00", BERLIN, 600)));

        ProgressSummary summary = ProgressSummary.of("anna", facts, date("2026-11-25"));

        assertEquals(new ThisWeek(0, 0), summary.thisWeek());
        assertEquals(Adherence.NONE, summary.adherence());
        assertEquals(new WeeklyStreak(2, 2), summary.weeklyStreak(), "weeks without a plan do not break it");
        assertEquals(new Totals(3, 40), summary.totals(), "2430 s is 40 whole minutes");
        assertEquals(new DailyStreak(1, 1), summary.dailyStreak());
    }

    @Test
    void aUserWithNothingAtAllGetsZerosAndNulls() {
        ProgressSummary summary = ProgressSummary.of("new", UserFacts.empty(), date("2026-11-25"));

        assertEquals(new ProgressSummary("new", new DailyStreak(0, 0), new WeeklyStreak(0, 0), new ThisWeek(0, 0),
                Adherence.NONE, 0.0, new Totals(0, 0)), summary);
    }

    @Test
    void aPlanEndedMidWeekAsksOnlyForItsShareOfTheLastWeek() {
        PlanFact plan = plan("p", MOBILITY, 3, BERLIN, "2026-11-02").endingBy(date("2026-11-18"));
        UserFacts facts = facts(List.of(plan), List.of(
                session("w45a", MOBILITY, null, "2026-11-02T07:00", BERLIN),
                session("w45b", MOBILITY, null, "2026-11-04T07:00", BERLIN),
                session("w45c", MOBILITY, null, "2026-11-06T07:00", BERLIN),
                session("w46a", MOBILITY, null, "2026-11-09T07:00", BERLIN),
                session("w46b", MOBILITY, null, "2026-11-11T07:00", BERLIN),
                session("w46c", MOBILITY, null, "2026-11-13T07:00", BERLIN),
                session("w47a", MOBILITY, null, "2026-11-16T07:00", BERLIN)));

        ProgressSummary onLastDay = ProgressSummary.of("anna", facts, date("2026-11-18"));
        ProgressSummary weekAfter = ProgressSummary.of("anna", facts, date("2026-11-25"));

        assertEquals(new ThisWeek(1, 1), onLastDay.thisWeek(), "Mon..Wed of 3/week rounds to 1");
        assertEquals(new WeeklyStreak(3, 3), onLastDay.weeklyStreak());
        assertEquals(new Adherence(1.0, 1.0), onLastDay.adherence());
        assertEquals(new ThisWeek(0, 0), weekAfter.thisWeek());
        assertEquals(new WeeklyStreak(3, 3), weekAfter.weeklyStreak());
    }

    @Test
    void aMoveToAPlanInAnotherZoneCountsEachWeekInItsPlansZone() {
        PlanFact berlin = plan("berlin", MOBILITY, 2, BERLIN, "2026-11-09", "2026-11-15");
        PlanFact newYork = plan("new-york", MOBILITY, 3, NEW_YORK, "2026-11-16");
        UserFacts facts = facts(List.of(berlin, newYork), List.of(
                session("b1", MOBILITY, null, "2026-11-10T07:00", BERLIN),
                session("b2", MOBILITY, null, "2026-11-12T07:00", BERLIN),
                session("n1", MOBILITY, null, "2026-11-16T20:00", NEW_YORK),
                session("n2", MOBILITY, null, "2026-11-18T20:00", NEW_YORK),
                // Sunday 20:00 in New York is already Monday in Berlin; the week is New York's.
                session("n3", MOBILITY, null, "2026-11-22T20:00", NEW_YORK),
                session("n4", MOBILITY, null, "2026-11-23T20:00", NEW_YORK)));

        ProgressSummary summary = ProgressSummary.of("anna", facts, date("2026-11-24"));

        assertEquals(new WeeklyStreak(2, 2), summary.weeklyStreak());
        assertEquals(new ThisWeek(1, 3), summary.thisWeek());
        assertEquals(new Adherence(1.0, 1.0), summary.adherence());
    }
}
