package app.limber.progress.domain.milestone;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.milestone.Fixtures.ANNA;
import static app.limber.progress.domain.milestone.Fixtures.at;
import static app.limber.progress.domain.milestone.Fixtures.dailySessions;
import static app.limber.progress.domain.milestone.Fixtures.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.PlanFact;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Anna trains to a plan of 3 a week in Berlin from Monday 2026-11-02; her last session is on Thursday 2026-11-05, so
 * she is nudged as inactive on Thursday 2026-11-12 at 18:00.
 */
class HandledNudgesTest {

    private static final MilestoneSettings DEFAULTS = MilestoneSettings.DEFAULTS;
    private final PlanFact plan = plan("mobility", MOBILITY, 3, BERLIN, "2026-11-02");
    private final DueMilestone nudgedOnThursday = inactive(at("2026-11-12T18:00", BERLIN), "2026-11-05");
    private final HandledNudges handled = HandledNudges.NONE.with(nudgedOnThursday);

    @Test
    void theSpellNudgedIsHandledOnEveryLaterDay() {
        DueMilestone sunday = inactive(at("2026-11-15T18:00", BERLIN), "2026-11-05");

        assertEquals(nudgedOnThursday.key(), sunday.key());
        assertTrue(handled.handles(sunday));
        assertFalse(HandledNudges.NONE.handles(sunday));
    }

    @Test
    void aSessionLoggedLateInsideTheNudgedStretchBringsNoSecondNudge() {
        // Monday 2026-11-16 she logs Sunday the 8th's session: the spell now counts from the 8th, 8 days long
        DueMilestone carvedOut = inactive(at("2026-11-16T18:00", BERLIN), "2026-11-05", "2026-11-08");

        assertEquals("inactive|-|since/2026-11-08", carvedOut.key().text());
        assertTrue(handled.handles(carvedOut), "she was told on the 12th, during this stretch without training");
    }

    @Test
    void aSessionOnTheDayOfTheNudgeStartsASpellOfItsOwn() {
        // trained that evening, perhaps because of the nudge, then nothing for another week
        DueMilestone sameDay = inactive(at("2026-11-19T18:00", BERLIN), "2026-11-05", "2026-11-12");

        assertFalse(handled.handles(sameDay));
    }

    @Test
    void aSessionAfterTheNudgeStartsASpellOfItsOwn() {
        DueMilestone next = inactive(at("2026-11-20T18:00", BERLIN), "2026-11-05", "2026-11-13");

        assertEquals("inactive|-|since/2026-11-13", next.key().text());
        assertFalse(handled.handles(next));
        assertTrue(handled.with(next).handles(next));
    }

    @Test
    void theLatestNudgedDayCountsWhateverOrderTheNudgesAreReadIn() {
        DueMilestone later = inactive(at("2026-11-20T18:00", BERLIN), "2026-11-05", "2026-11-13");
        DueMilestone carvedOutOfTheLater = inactive(at("2026-11-24T18:00", BERLIN), "2026-11-05", "2026-11-13",
                "2026-11-16");

        HandledNudges inOrder = HandledNudges.of(List.of(nudgedOnThursday, later));
        HandledNudges reversed = HandledNudges.of(List.of(later, nudgedOnThursday));

        assertEquals(Optional.of(date("2026-11-20")), inOrder.lastInactiveDay());
        assertEquals(Optional.of(date("2026-11-20")), reversed.lastInactiveDay());
        assertTrue(reversed.handles(carvedOutOfTheLater));
    }

    @Test
    void weekNudgesAreHandledByTheirKeyAlone() {
        MilestoneFacts nothingInWeek46 = facts(List.of(plan), dailySessions(MOBILITY, BERLIN, "2026-11-05"));
        DueMilestone missed = DueMilestones.at(nothingInWeek46, 18, DEFAULTS, at("2026-11-16T18:00", BERLIN)).stream()
                .filter(due -> due.key().type() == MilestoneType.WEEK_MISSED).findFirst().orElseThrow();
        DueMilestone aWeekLater = DueMilestones.at(nothingInWeek46, 18, DEFAULTS, at("2026-11-23T18:00", BERLIN))
                .stream().filter(due -> due.key().type() == MilestoneType.WEEK_MISSED).findFirst().orElseThrow();

        assertEquals(IsoWeek.parse("2026-W46"), ((MilestonePeriod.Week) missed.key().period()).week());
        assertTrue(handled.with(missed).handles(missed));
        assertFalse(handled.with(missed).handles(aWeekLater));
        assertFalse(handled.handles(missed), "an inactive nudge handles no week's nudge");
    }

    @Test
    void onlyNudgesAreHandled() {
        MilestoneKey met = new MilestoneKey(ANNA, MilestoneType.WEEK_TARGET_MET, plan.planId(),
                new MilestonePeriod.Week(IsoWeek.parse("2026-W45")));

        assertThrows(IllegalArgumentException.class, () -> handled.with(met, date("2026-11-08")));
    }

    private DueMilestone inactive(Instant now, String... sessionDays) {
        return InactiveRule.due(facts(List.of(plan), dailySessions(MOBILITY, BERLIN, sessionDays)), 18, DEFAULTS, now)
                .orElseThrow();
    }
}
