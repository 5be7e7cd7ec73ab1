package app.limber.progress.domain.milestone;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.id;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.Facts.week;
import static app.limber.progress.domain.milestone.Fixtures.at;
import static app.limber.progress.domain.milestone.Fixtures.dailySessions;
import static app.limber.progress.domain.milestone.Fixtures.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanPause;

/** Inside a pause nothing nudges or calls a week missed; a partly paused week is judged by its prorated target. */
class PausedMilestonesTest {

    private static final MilestoneSettings DEFAULTS = MilestoneSettings.DEFAULTS;
    private final PlanFact plan = plan("mobility", MOBILITY, 3, BERLIN, "2026-11-02");

    @Test
    void aWhollyPausedWeekIsNeitherMissedNorMetWhateverWasDone() {
        PlanFact paused = paused("2026-11-16", "2026-11-22");
        MilestoneFacts facts = facts(List.of(paused), dailySessions(MOBILITY, BERLIN, "2026-11-18", "2026-11-19",
                "2026-11-20"));

        assertEquals(List.of(), WeekMissedRule.due(facts, 18, at("2026-11-23T18:00", BERLIN)));
        assertTrue(WeekTargetMetRule.milestones(facts).stream()
                .noneMatch(met -> met.key().text().contains("2026-W47")), "a skipped week is never met");
    }

    @Test
    void aPartlyPausedWeekIsMissedAgainstItsProratedTarget() {
        // Wednesday to Sunday paused: 2 days in force, max(1, round(3 × 2 / 7)) = 1
        MilestoneFacts noneDone = facts(List.of(paused("2026-11-18", "2026-11-22")),
                dailySessions(MOBILITY, BERLIN));
        MilestoneFacts oneDoneWhilePaused = facts(List.of(paused("2026-11-18", "2026-11-22")),
                dailySessions(MOBILITY, BERLIN, "2026-11-21"));

        List<DueMilestone> missed = WeekMissedRule.due(noneDone, 18, at("2026-11-23T18:00", BERLIN));

        assertEquals(1, missed.size());
        assertEquals(new MilestoneDetails.WeekMissed(week("2026-W47"), 0, 1, date("2026-11-23"), BERLIN),
                missed.get(0).milestone().details());
        assertEquals(List.of(), WeekMissedRule.due(oneDoneWhilePaused, 18, at("2026-11-23T18:00", BERLIN)),
                "a session on a paused day counts");
    }

    @Test
    void noWeekIsAtRiskOnAPausedDayAndPausedDaysLeftAreNotDaysLeft() {
        PlanFact weekendPaused = paused("2026-11-21", "2026-11-22");

        assertEquals(Optional.empty(), WeekAtRiskRule.assess(weekendPaused, 0, date("2026-11-21"), 1));
        // Thursday: 5 days in force ask round(15/7) = 2, and only Thursday and Friday are left to train
        assertEquals(Optional.of(new MilestoneDetails.WeekAtRisk(week("2026-W47"), 0, 2, 2, 2, date("2026-11-19"), BERLIN)),
                WeekAtRiskRule.assess(weekendPaused, 0, date("2026-11-19"), 1));
    }

    @Test
    void nobodyIsInactiveDuringAPauseAndTheSpellStartsAfreshWhenItEnds() {
        PlanFact paused = paused("2026-11-09", "2026-11-29");
        MilestoneFacts facts = facts(List.of(paused), dailySessions(MOBILITY, BERLIN, "2026-11-04"));

        assertEquals(Optional.empty(), InactiveRule.due(facts, 18, DEFAULTS, at("2026-11-20T18:00", BERLIN)));
        assertEquals(Optional.empty(), InactiveRule.due(facts, 18, DEFAULTS, at("2026-12-05T18:00", BERLIN)),
                "six days after the pause");
        DueMilestone due = InactiveRule.due(facts, 18, DEFAULTS, at("2026-12-06T18:00", BERLIN)).orElseThrow();
        assertEquals("inactive|-|since/2026-11-29", due.key().text());
    }

    @Test
    void aLongPauseStillGetsTheSweepsLookWhenItEnds() {
        PlanFact paused = paused("2026-11-09", "2027-01-31");
        MilestoneFacts facts = facts(List.of(paused), dailySessions(MOBILITY, BERLIN, "2026-11-04"));
        Instant now = at("2026-11-10T12:00", BERLIN);

        Instant next = DueMilestones.next(facts, 18, DEFAULTS, now, HandledNudges.NONE).orElseThrow();

        // the first nudge after the pause: week-at-risk on Thursday 2027-02-04 (3 needed, 4 days left)
        assertEquals(at("2027-02-04T18:00", BERLIN), next);
    }

    private PlanFact paused(String from, String to) {
        return plan.withPauses(List.of(new PlanPause(plan.planId(), id("pause " + from), date(from), date(to))));
    }
}
