package app.limber.progress.domain.milestone;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.LOS_ANGELES;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.STRENGTH;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.milestone.Fixtures.at;
import static app.limber.progress.domain.milestone.Fixtures.dailySessions;
import static app.limber.progress.domain.milestone.Fixtures.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.limber.progress.domain.PlanFact;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DueMilestonesTest {

    private static final MilestoneSettings DEFAULTS = MilestoneSettings.DEFAULTS;
    private final PlanFact threeAWeek = plan("mobility", MOBILITY, 3, BERLIN, "2026-11-16");
    private final MilestoneFacts nothingDone = facts(List.of(threeAWeek), List.of());

    @Test
    void allNudgesDueAtAnInstantInKeyOrder() {
        MilestoneFacts facts = facts(List.of(threeAWeek), dailySessions(MOBILITY, BERLIN, "2026-11-16"));

        List<String> due = DueMilestones.at(facts, 18, DEFAULTS, at("2026-11-23T18:00", BERLIN)).stream()
                .map(d -> d.key().text()).toList();

        assertEquals(List.of("inactive|-|since/2026-11-16",
                "week-missed|" + threeAWeek.planId() + "|2026-W47"), due);
    }

    @Test
    void nextIsTheFirstNudgeHourWithSomethingNotYetHandled() {
        Instant mondayMorning = at("2026-11-16T10:00", BERLIN);

        Optional<Instant> thursday = DueMilestones.next(nothingDone, 18, DEFAULTS, mondayMorning, HandledNudges.NONE);
        HandledNudges thursdaySent = nudgesDueAt(at("2026-11-19T18:00", BERLIN));
        Optional<Instant> friday = DueMilestones.next(nothingDone, 18, DEFAULTS, mondayMorning, thursdaySent);

        assertEquals(Optional.of(Instant.parse("2026-11-19T17:00:00Z")), thursday);
        assertEquals(Optional.of(Instant.parse("2026-11-20T17:00:00Z")), friday);
    }

    @Test
    void nextIsNowWhileSomethingUnhandledIsDue() {
        Instant thursdayEvening = at("2026-11-19T20:00", BERLIN);

        assertEquals(Optional.of(thursdayEvening),
                DueMilestones.next(nothingDone, 18, DEFAULTS, thursdayEvening, HandledNudges.NONE));
        assertEquals(Optional.of(Instant.parse("2026-11-20T17:00:00Z")),
                DueMilestones.next(nothingDone, 18, DEFAULTS, thursdayEvening, nudgesDueAt(thursdayEvening)));
    }

    @Test
    void nextFindsTheFirstWeekOfAPlanStartingMonthsAhead() {
        PlanFact february = plan("february", MOBILITY, 3, BERLIN, "2027-02-01");

        assertEquals(Optional.of(Instant.parse("2027-02-04T17:00:00Z")),
                DueMilestones.next(facts(List.of(february), List.of()), 18, DEFAULTS, at("2026-11-16T10:00", BERLIN),
                        HandledNudges.NONE));
    }

    @Test
    void nothingIsEverDueWithoutAPlanOrAfterTheLastOne() {
        PlanFact ended = plan("ended", MOBILITY, 1, BERLIN, "2026-10-05", "2026-10-11");

        assertEquals(Optional.empty(), DueMilestones.next(facts(List.of(), dailySessions(MOBILITY, BERLIN, "2026-11-02")),
                18, DEFAULTS, at("2026-11-16T10:00", BERLIN), HandledNudges.NONE));
        assertEquals(Optional.empty(), DueMilestones.next(facts(List.of(ended), List.of()),
                18, DEFAULTS, at("2026-11-16T10:00", BERLIN), HandledNudges.NONE));
    }

    @Test
    void nextLooksInEveryPlansZone() {
        PlanFact losAngeles = plan("la", STRENGTH, 3, LOS_ANGELES, "2026-11-16");
        MilestoneFacts facts = facts(List.of(threeAWeek, losAngeles), List.of());
        HandledNudges berlinThursdaySent = HandledNudges.of(
                DueMilestones.at(facts, 18, DEFAULTS, Instant.parse("2026-11-19T17:00:00Z")));

        assertEquals(Optional.of(Instant.parse("2026-11-20T02:00:00Z")), DueMilestones.next(facts, 18, DEFAULTS,
                Instant.parse("2026-11-19T17:00:00Z"), berlinThursdaySent), "18:00 Thursday in Los Angeles");
    }

    @Test
    void theNudgeHourIsAnHourOfTheDay() {
        assertThrows(IllegalArgumentException.class, () -> DueMilestones.at(nothingDone, 24, DEFAULTS, at("2026-11-19T18:00", BERLIN)));
    }

    private HandledNudges nudgesDueAt(Instant instant) {
        return HandledNudges.of(DueMilestones.at(nothingDone, 18, DEFAULTS, instant));
    }
}
