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

import app.limber.progress.domain.PlanFact;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeekMissedRuleTest {

    private final PlanFact threeAWeek = plan("mobility", MOBILITY, 3, BERLIN, "2026-11-16");

    @Test
    void aWeekClosedBelowTargetIsDueOnTheMondayAfterAtTheNudgeHour() {
        MilestoneFacts facts = facts(List.of(threeAWeek), dailySessions(MOBILITY, BERLIN, "2026-11-16", "2026-11-18"));

        assertEquals(List.of(), WeekMissedRule.due(facts, 18, at("2026-11-23T17:59", BERLIN)));
        List<DueMilestone> due = WeekMissedRule.due(facts, 18, at("2026-11-23T18:00", BERLIN));

        assertEquals(List.of(new MilestoneDetails.WeekMissed(week("2026-W47"), 2, 3, date("2026-11-23"), BERLIN)),
                due.stream().map(d -> d.milestone().details()).toList());
        assertEquals("week-missed|" + threeAWeek.planId() + "|2026-W47", due.get(0).key().text());
        assertEquals(Instant.parse("2026-11-23T23:00:00Z"), due.get(0).staleAt());
        assertEquals(List.of(), WeekMissedRule.due(facts, 18, at("2026-11-24T18:00", BERLIN)), "stale on Tuesday");
    }

    @Test
    void aWeekOverBeforeThePlanWasScheduledIsNotMissed() {
        MilestoneFacts scheduledOnMonday = facts(List.of(threeAWeek.scheduledAt(Instant.parse("2026-11-23T08:00:00Z"))),
                List.of());
        MilestoneFacts scheduledOnSunday = facts(List.of(threeAWeek.scheduledAt(Instant.parse("2026-11-22T08:00:00Z"))),
                List.of());

        assertEquals(List.of(), WeekMissedRule.due(scheduledOnMonday, 18, at("2026-11-23T18:00", BERLIN)));
        assertEquals("week-missed|" + threeAWeek.planId() + "|2026-W47",
                WeekMissedRule.due(scheduledOnSunday, 18, at("2026-11-23T18:00", BERLIN)).get(0).key().text(),
                "scheduled within the week: it was the athlete's to miss");
    }

    @Test
    void aMetWeekIsNotMissed() {
        MilestoneFacts facts = facts(List.of(threeAWeek),
                dailySessions(MOBILITY, BERLIN, "2026-11-16", "2026-11-18", "2026-11-22"));

        assertEquals(List.of(), WeekMissedRule.due(facts, 18, at("2026-11-23T18:00", BERLIN)));
    }

    @Test
    void aPartialFirstWeekIsMissedAgainstItsProratedTarget() {
        PlanFact fromThursday = plan("thursday", MOBILITY, 3, BERLIN, "2026-11-19");

        List<DueMilestone> oneOfTwo = WeekMissedRule.due(facts(List.of(fromThursday),
                dailySessions(MOBILITY, BERLIN, "2026-11-20")), 18, at("2026-11-23T18:00", BERLIN));
        List<DueMilestone> twoOfTwo = WeekMissedRule.due(facts(List.of(fromThursday),
                dailySessions(MOBILITY, BERLIN, "2026-11-20", "2026-11-21")), 18, at("2026-11-23T18:00", BERLIN));

        assertEquals(2, ((MilestoneDetails.WeekMissed) oneOfTwo.get(0).milestone().details()).target());
        assertEquals(List.of(), twoOfTwo);
    }

    @Test
    void aPartialLastWeekIsMissedToo() {
        PlanFact ending = plan("ending", MOBILITY, 3, BERLIN, "2026-11-16", "2026-11-25");

        List<DueMilestone> due = WeekMissedRule.due(facts(List.of(ending), List.of()), 18, at("2026-11-30T18:00", BERLIN));

        assertEquals(List.of(new MilestoneDetails.WeekMissed(week("2026-W48"), 0, 1, date("2026-11-30"), BERLIN)),
                due.stream().map(d -> d.milestone().details()).toList());
        assertEquals(List.of(), WeekMissedRule.due(facts(List.of(ending), List.of()), 18, at("2026-12-07T18:00", BERLIN)),
                "no weeks after its end");
    }

    @Test
    void theLongOctoberWeekClosesAtMidnightCet() {
        PlanFact plan = plan("october", MOBILITY, 2, BERLIN, "2026-10-05");

        DueMilestone due = WeekMissedRule.due(facts(List.of(plan), List.of()), 18, at("2026-10-26T18:00", BERLIN)).get(0);

        assertEquals(week("2026-W43"), ((MilestoneDetails.WeekMissed) due.milestone().details()).week());
        assertEquals(Instant.parse("2026-10-26T17:00:00Z"), due.dueAt());
    }

    @Test
    void theShortMarchWeekClosesAtMidnightCest() {
        PlanFact plan = plan("march", MOBILITY, 2, BERLIN, "2026-03-02");

        DueMilestone due = WeekMissedRule.due(facts(List.of(plan), List.of()), 18, at("2026-03-30T18:00", BERLIN)).get(0);

        assertEquals(week("2026-W13"), ((MilestoneDetails.WeekMissed) due.milestone().details()).week());
        assertEquals(Instant.parse("2026-03-30T16:00:00Z"), due.dueAt());
    }

    @Test
    void week53IsMissedOnTheFirstMondayOf2027() {
        PlanFact winter = plan("winter", MOBILITY, 2, BERLIN, "2026-12-21");

        List<DueMilestone> due = WeekMissedRule.due(facts(List.of(winter), dailySessions(MOBILITY, BERLIN, "2026-12-30")),
                18, at("2027-01-04T18:00", BERLIN));

        assertEquals("week-missed|" + winter.planId() + "|2026-W53", due.get(0).key().text());
    }

    @Test
    void plansInDifferentZonesCloseTheirWeeksAtTheirOwnMidnight() {
        PlanFact losAngeles = plan("la", STRENGTH, 1, LOS_ANGELES, "2026-11-16");
        MilestoneFacts facts = facts(List.of(threeAWeek, losAngeles), List.of());

        List<DueMilestone> berlinMonday = WeekMissedRule.due(facts, 18, Instant.parse("2026-11-23T17:00:00Z"));
        List<DueMilestone> laMonday = WeekMissedRule.due(facts, 18, Instant.parse("2026-11-24T02:00:00Z"));

        assertEquals(List.of(threeAWeek.planId()), berlinMonday.stream().map(d -> d.key().planId()).toList());
        assertEquals(List.of(losAngeles.planId()), laMonday.stream().map(d -> d.key().planId()).toList());
    }
}
