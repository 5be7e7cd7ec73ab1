package app.limber.progress.domain.milestone;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.LOS_ANGELES;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.STRENGTH;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.Facts.week;
import static app.limber.progress.domain.milestone.Fixtures.at;
import static app.limber.progress.domain.milestone.Fixtures.dailySessions;
import static app.limber.progress.domain.milestone.Fixtures.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.limber.progress.domain.PlanFact;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WeekAtRiskRuleTest {

    private static final MilestoneSettings DEFAULTS = MilestoneSettings.DEFAULTS;
    private final PlanFact threeAWeek = plan("mobility", MOBILITY, 3, BERLIN, "2026-11-16");

    @Test
    void withNothingDoneAThreeSessionWeekIsAtRiskFromThursday() {
        assertEquals(Optional.empty(), WeekAtRiskRule.assess(threeAWeek, 0, date("2026-11-18"), 1), "Wednesday: 3 < 5 - 1");
        assertEquals(Optional.of(new MilestoneDetails.WeekAtRisk(week("2026-W47"), 0, 3, 3, 4, date("2026-11-19"), BERLIN)),
                WeekAtRiskRule.assess(threeAWeek, 0, date("2026-11-19"), 1), "Thursday: 3 >= 4 - 1");
    }

    @Test
    void eachSessionDoneMovesTheRiskLater() {
        assertEquals(Optional.empty(), WeekAtRiskRule.assess(threeAWeek, 1, date("2026-11-19"), 1));
        assertEquals(2, WeekAtRiskRule.assess(threeAWeek, 1, date("2026-11-20"), 1).orElseThrow().needed());
        assertEquals(Optional.empty(), WeekAtRiskRule.assess(threeAWeek, 3, date("2026-11-22"), 1), "met: no risk");
    }

    @Test
    void withoutSpareDaysOnlyEveryRemainingDayIsRisk() {
        assertEquals(Optional.empty(), WeekAtRiskRule.assess(threeAWeek, 0, date("2026-11-19"), 0));
        assertTrue(WeekAtRiskRule.assess(threeAWeek, 0, date("2026-11-20"), 0).isPresent());
    }

    @Test
    void itFallsDueAtTheNudgeHourInThePlansZoneAndGoesStaleAtMidnight() {
        MilestoneFacts facts = facts(List.of(threeAWeek), List.of());

        assertEquals(List.of(), WeekAtRiskRule.due(facts, 18, DEFAULTS, at("2026-11-19T17:59", BERLIN)));
        List<DueMilestone> due = WeekAtRiskRule.due(facts, 18, DEFAULTS, at("2026-11-19T18:00", BERLIN));

        assertEquals(1, due.size());
        assertEquals("week-at-risk|" + threeAWeek.planId() + "|2026-11-19", due.get(0).key().text());
        assertEquals(Instant.parse("2026-11-19T17:00:00Z"), due.get(0).dueAt());
        assertEquals(Instant.parse("2026-11-19T23:00:00Z"), due.get(0).staleAt());
    }

    @Test
    void sessionsAlreadyDoneTodayCount() {
        MilestoneFacts trainedThisMorning = facts(List.of(threeAWeek), dailySessions(MOBILITY, BERLIN, "2026-11-19"));

        assertEquals(List.of(), WeekAtRiskRule.due(trainedThisMorning, 18, DEFAULTS, at("2026-11-19T18:30", BERLIN)));
    }

    @Test
    void theShortMarchWeekKeepsTheNudgeOnTheWallClock() {
        PlanFact plan = plan("march", MOBILITY, 2, BERLIN, "2026-03-02");
        MilestoneFacts facts = facts(List.of(plan), List.of());

        DueMilestone saturday = WeekAtRiskRule.due(facts, 18, DEFAULTS, at("2026-03-28T18:00", BERLIN)).get(0);
        DueMilestone sunday = WeekAtRiskRule.due(facts, 18, DEFAULTS, at("2026-03-29T18:00", BERLIN)).get(0);

        assertEquals(Instant.parse("2026-03-28T17:00:00Z"), saturday.dueAt(), "18:00 CET");
        assertEquals(Instant.parse("2026-03-29T16:00:00Z"), sunday.dueAt(), "18:00 CEST, after the clocks went forward");
        assertEquals(Instant.parse("2026-03-29T22:00:00Z"), sunday.staleAt(), "a 23-hour Sunday ends at midnight CEST");
        assertEquals(week("2026-W13"), ((MilestoneDetails.WeekAtRisk) sunday.milestone().details()).week());
        assertEquals(1, ((MilestoneDetails.WeekAtRisk) sunday.milestone().details()).daysLeft());
    }

    @Test
    void theLongOctoberWeekKeepsTheNudgeOnTheWallClock() {
        PlanFact plan = plan("october", MOBILITY, 2, BERLIN, "2026-10-05");
        MilestoneFacts facts = facts(List.of(plan), List.of());

        DueMilestone saturday = WeekAtRiskRule.due(facts, 18, DEFAULTS, at("2026-10-24T18:00", BERLIN)).get(0);
        DueMilestone sunday = WeekAtRiskRule.due(facts, 18, DEFAULTS, at("2026-10-25T18:00", BERLIN)).get(0);

        assertEquals(Instant.parse("2026-10-24T16:00:00Z"), saturday.dueAt(), "18:00 CEST");
        assertEquals(Instant.parse("2026-10-25T17:00:00Z"), sunday.dueAt(), "18:00 CET, after the clocks went back");
        assertEquals(Instant.parse("2026-10-25T23:00:00Z"), sunday.staleAt(), "a 25-hour Sunday ends at midnight CET");
    }

    @Test
    void week53IsAtRiskLikeAnyOther() {
        PlanFact winter = plan("winter", MOBILITY, 2, BERLIN, "2026-12-21");

        MilestoneDetails.WeekAtRisk risk = WeekAtRiskRule.assess(winter, 0, date("2027-01-01"), 1).orElseThrow();

        assertEquals(week("2026-W53"), risk.week());
        assertEquals(3, risk.daysLeft());
    }

    @Test
    void aPlanStartingOnSundayIsAtRiskOnlyOnceItHasStarted() {
        PlanFact sunday = plan("sunday", MOBILITY, 3, BERLIN, "2026-11-22");

        assertEquals(Optional.empty(), WeekAtRiskRule.assess(sunday, 0, date("2026-11-21"), 1), "not started yet");
        assertEquals(Optional.of(new MilestoneDetails.WeekAtRisk(week("2026-W47"), 0, 1, 1, 1, date("2026-11-22"), BERLIN)),
                WeekAtRiskRule.assess(sunday, 0, date("2026-11-22"), 1), "a one-day week asks for one session");
    }

    @Test
    void aPlanEndingOnWednesdayCountsOnlyItsOwnDaysLeft() {
        PlanFact ending = plan("ending", MOBILITY, 3, BERLIN, "2026-11-16", "2026-11-25");

        assertEquals(Optional.of(new MilestoneDetails.WeekAtRisk(week("2026-W48"), 0, 1, 1, 2, date("2026-11-24"), BERLIN)),
                WeekAtRiskRule.assess(ending, 0, date("2026-11-24"), 1));
        assertEquals(Optional.empty(), WeekAtRiskRule.assess(ending, 0, date("2026-11-26"), 1), "ended: no nudge");
    }

    @Test
    void plansInDifferentZonesFallDueAtTheirOwnEvening() {
        PlanFact losAngeles = plan("la", STRENGTH, 3, LOS_ANGELES, "2026-11-16");
        MilestoneFacts facts = facts(List.of(threeAWeek, losAngeles), List.of());

        List<DueMilestone> berlinEvening = WeekAtRiskRule.due(facts, 18, DEFAULTS, Instant.parse("2026-11-19T17:00:00Z"));
        List<DueMilestone> laEvening = WeekAtRiskRule.due(facts, 18, DEFAULTS, Instant.parse("2026-11-20T02:00:00Z"));

        assertEquals(List.of(threeAWeek.planId()), berlinEvening.stream().map(d -> d.key().planId()).toList());
        assertEquals(List.of(losAngeles.planId()), laEvening.stream().map(d -> d.key().planId()).toList());
        assertEquals(date("2026-11-19"), laEvening.get(0).localDate(), "still Thursday in Los Angeles");
    }
}
