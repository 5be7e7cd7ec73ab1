package app.limber.progress.domain;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.LOS_ANGELES;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.TOKYO;
import static app.limber.progress.domain.Facts.UTC;
import static app.limber.progress.domain.Facts.at;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.facts;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.Facts.session;
import static app.limber.progress.domain.Facts.week;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Daylight-saving weeks, ISO week 53 and sessions close to midnight. */
class CalendarEdgesTest {

    private final PlanFact berlinPlan = plan("p", MOBILITY, 2, BERLIN, "2026-03-02");

    @Test
    void theShort167HourWeekOfMarch2026EndsAtLocalMidnight() {
        AppliedSession sundayNight = apply(berlinPlan, at("a", MOBILITY, berlinPlan, Instant.parse("2026-03-29T21:59:00Z"), BERLIN));
        AppliedSession mondayMorning = apply(berlinPlan, at("b", MOBILITY, berlinPlan, Instant.parse("2026-03-29T22:00:00Z"), BERLIN));

        assertEquals(date("2026-03-29"), sundayNight.localDate());
        assertEquals(week("2026-W13"), sundayNight.planWeek());
        assertEquals(date("2026-03-30"), mondayMorning.localDate());
        assertEquals(week("2026-W14"), mondayMorning.planWeek());
        assertEquals(2, PlanWeekRule.targetIn(berlinPlan, week("2026-W13")), "seven days, whatever the hours");
    }

    @Test
    void theLong169HourWeekOfOctober2026EndsAtLocalMidnight() {
        AppliedSession sundayNight = apply(berlinPlan, at("a", MOBILITY, berlinPlan, Instant.parse("2026-10-25T22:59:00Z"), BERLIN));
        AppliedSession mondayMorning = apply(berlinPlan, at("b", MOBILITY, berlinPlan, Instant.parse("2026-10-25T23:00:00Z"), BERLIN));

        assertEquals(week("2026-W43"), sundayNight.planWeek());
        assertEquals(week("2026-W44"), mondayMorning.planWeek());
        assertEquals(2, PlanWeekRule.targetIn(berlinPlan, week("2026-W43")));
    }

    @Test
    void bothSessionsInTheRepeatedHourCountOnTheSameDay() {
        // 02:30 happens twice in Berlin on 2026-10-25: at 00:30Z (CEST) and at 01:30Z (CET).
        UserFacts facts = facts(List.of(berlinPlan), List.of(
                at("first", MOBILITY, null, Instant.parse("2026-10-25T00:30:00Z"), BERLIN),
                at("second", MOBILITY, null, Instant.parse("2026-10-25T01:30:00Z"), BERLIN)));

        UserRollup rollup = UserRollup.of(facts);

        assertEquals(List.of(new DayTally(date("2026-10-25"), 2, 3600)), rollup.days());
        assertEquals(List.of(new PlanWeekTally(berlinPlan.planId(), week("2026-W43"), 2, 2)), rollup.planWeeks());
    }

    @Test
    void week53IsAWeekLikeAnyOtherForTargetsAndStreaks() {
        PlanFact plan = plan("winter", MOBILITY, 2, BERLIN, "2026-12-21");
        UserFacts facts = facts(List.of(plan), List.of(
                session("a", MOBILITY, null, "2026-12-22T08:00", BERLIN),
                session("b", MOBILITY, null, "2026-12-24T08:00", BERLIN),
                session("c", MOBILITY, null, "2026-12-29T08:00", BERLIN),
                session("d", MOBILITY, null, "2027-01-02T08:00", BERLIN),
                session("e", MOBILITY, null, "2027-01-05T08:00", BERLIN),
                session("f", MOBILITY, null, "2027-01-07T08:00", BERLIN)));

        UserRollup rollup = UserRollup.of(facts);
        ProgressSummary summary = ProgressSummary.of("anna", facts, date("2027-01-07"));

        assertEquals(List.of(week("2026-W52"), week("2026-W53"), week("2027-W01")),
                rollup.planWeeks().stream().map(PlanWeekTally::week).toList());
        assertEquals(2, rollup.planWeeks().get(1).done());
        assertEquals(new WeeklyStreak(3, 3), summary.weeklyStreak());
        assertEquals(new ProgressSummary.ThisWeek(2, 2), summary.thisWeek());
    }

    @Test
    void aSessionNearMidnightUtcCountsOnTheUsersLocalDayAndThePlansWeek() {
        PlanFact utcPlan = plan("utc", MOBILITY, 1, UTC, "2026-11-16");
        Instant sundayLateUtc = Instant.parse("2026-11-22T23:30:00Z");
        SessionFact inTokyo = at("tokyo", MOBILITY, utcPlan, sundayLateUtc, TOKYO);
        SessionFact inLosAngeles = at("la", MOBILITY, utcPlan, sundayLateUtc.plusSeconds(60), LOS_ANGELES);

        UserRollup rollup = UserRollup.of(facts(List.of(utcPlan), List.of(inTokyo, inLosAngeles)));

        assertEquals(List.of(new DayTally(date("2026-11-22"), 1, 1800), new DayTally(date("2026-11-23"), 1, 1800)),
                rollup.days(), "Monday 08:30 in Tokyo, Sunday 15:31 in Los Angeles");
        assertEquals(List.of(new PlanWeekTally(utcPlan.planId(), week("2026-W47"), 2, 1)), rollup.planWeeks(),
                "both are Sunday in the plan's zone");
    }

    private static AppliedSession apply(PlanFact plan, SessionFact session) {
        return new SessionAttribution(List.of(plan)).apply(session);
    }
}
