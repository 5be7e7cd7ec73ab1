package app.limber.progress.domain.milestone;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.LOS_ANGELES;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.STRENGTH;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.milestone.Fixtures.at;
import static app.limber.progress.domain.milestone.Fixtures.dailySessions;
import static app.limber.progress.domain.milestone.Fixtures.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.limber.progress.domain.PlanFact;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InactiveRuleTest {

    private static final MilestoneSettings DEFAULTS = MilestoneSettings.DEFAULTS;
    private final PlanFact plan = plan("mobility", MOBILITY, 3, BERLIN, "2026-11-02");
    private final MilestoneFacts lastOnThursday = facts(List.of(plan), dailySessions(MOBILITY, BERLIN, "2026-11-05"));

    @Test
    void sevenDaysAfterTheLastSessionAtTheNudgeHour() {
        assertEquals(Optional.empty(), InactiveRule.due(lastOnThursday, 18, DEFAULTS, at("2026-11-11T20:00", BERLIN)));
        assertEquals(Optional.empty(), InactiveRule.due(lastOnThursday, 18, DEFAULTS, at("2026-11-12T17:59", BERLIN)));

        DueMilestone due = InactiveRule.due(lastOnThursday, 18, DEFAULTS, at("2026-11-12T18:00", BERLIN)).orElseThrow();

        assertEquals("inactive|-|since/2026-11-05", due.key().text());
        assertEquals(new MilestoneDetails.Inactive(7, date("2026-11-05"), date("2026-11-12"), BERLIN), due.milestone().details());
    }

    @Test
    void theSpellKeepsItsKeySoItIsSentOnce() {
        DueMilestone later = InactiveRule.due(lastOnThursday, 18, DEFAULTS, at("2026-11-15T18:30", BERLIN)).orElseThrow();

        assertEquals("inactive|-|since/2026-11-05", later.key().text());
        assertEquals(10, ((MilestoneDetails.Inactive) later.milestone().details()).daysSinceLastSession());
    }

    @Test
    void withoutAnySessionTheSpellCountsFromThePlansStart() {
        DueMilestone due = InactiveRule.due(facts(List.of(plan), List.of()), 18, DEFAULTS, at("2026-11-08T18:00", BERLIN))
                .orElseThrow();

        assertEquals("inactive|-|since/2026-11-01", due.key().text());
        assertEquals(new MilestoneDetails.Inactive(null, null, date("2026-11-08"), BERLIN), due.milestone().details());
    }

    @Test
    void aNewPlanIsAFreshStart() {
        PlanFact old = plan("old", MOBILITY, 3, BERLIN, "2026-08-03", "2026-09-30");
        PlanFact fresh = plan("fresh", MOBILITY, 3, BERLIN, "2026-11-10");
        MilestoneFacts facts = facts(List.of(old, fresh), dailySessions(MOBILITY, BERLIN, "2026-09-01"));

        assertEquals(Optional.empty(), InactiveRule.due(facts, 18, DEFAULTS, at("2026-11-12T18:00", BERLIN)));
        DueMilestone due = InactiveRule.due(facts, 18, DEFAULTS, at("2026-11-16T18:00", BERLIN)).orElseThrow();
        assertEquals("inactive|-|since/2026-11-09", due.key().text());
        assertEquals(76, ((MilestoneDetails.Inactive) due.milestone().details()).daysSinceLastSession());
    }

    @Test
    void aPlanScheduledAfterItsStartIsAFreshStartFromTheDayItWasScheduled() {
        PlanFact backdated = plan("backdated", MOBILITY, 3, BERLIN, "2026-10-05")
                .scheduledAt(Instant.parse("2026-11-10T10:00:00Z"));
        MilestoneFacts facts = facts(List.of(backdated), dailySessions(MOBILITY, BERLIN, "2026-09-01"));

        assertEquals(Optional.empty(), InactiveRule.due(facts, 18, DEFAULTS, at("2026-11-10T18:00", BERLIN)));
        assertEquals(Optional.empty(), InactiveRule.due(facts, 18, DEFAULTS, at("2026-11-15T18:00", BERLIN)));
        DueMilestone due = InactiveRule.due(facts, 18, DEFAULTS, at("2026-11-16T18:00", BERLIN)).orElseThrow();
        assertEquals("inactive|-|since/2026-11-09", due.key().text());
    }

    @Test
    void noActivePlanNoNudge() {
        PlanFact ended = plan("ended", MOBILITY, 3, BERLIN, "2026-10-05", "2026-11-06");
        MilestoneFacts facts = facts(List.of(ended), dailySessions(MOBILITY, BERLIN, "2026-10-20"));

        assertEquals(Optional.empty(), InactiveRule.due(facts, 18, DEFAULTS, at("2026-11-12T18:00", BERLIN)));
    }

    @Test
    void theNSessionlessDaysAreConfigurable() {
        MilestoneSettings threeDays = new MilestoneSettings(3, 1);

        assertEquals("inactive|-|since/2026-11-05",
                InactiveRule.due(lastOnThursday, 18, threeDays, at("2026-11-08T18:00", BERLIN)).orElseThrow().key().text());
    }

    @Test
    void theNudgeHourIsInTheZoneOfTheLatestActivePlan() {
        PlanFact losAngeles = plan("la", STRENGTH, 2, LOS_ANGELES, "2026-11-03");
        MilestoneFacts facts = facts(List.of(plan, losAngeles), dailySessions(MOBILITY, BERLIN, "2026-11-05"));

        assertEquals(Optional.empty(), InactiveRule.due(facts, 18, DEFAULTS, Instant.parse("2026-11-12T17:00:00Z")),
                "18:00 in Berlin is 09:00 in Los Angeles");
        DueMilestone due = InactiveRule.due(facts, 18, DEFAULTS, Instant.parse("2026-11-13T02:00:00Z")).orElseThrow();
        assertEquals(LOS_ANGELES, due.zone());
        assertEquals(date("2026-11-12"), due.localDate());
    }

    @Test
    void theLongOctoberSundayKeepsTheNudgeOnTheWallClock() {
        PlanFact october = plan("october", MOBILITY, 3, BERLIN, "2026-10-05");
        MilestoneFacts facts = facts(List.of(october), dailySessions(MOBILITY, BERLIN, "2026-10-18"));

        DueMilestone due = InactiveRule.due(facts, 18, DEFAULTS, at("2026-10-25T18:00", BERLIN)).orElseThrow();

        assertEquals(Instant.parse("2026-10-25T17:00:00Z"), due.dueAt());
    }
}
