package app.limber.progress.domain.milestone;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.LOS_ANGELES;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.STRENGTH;
import static app.limber.progress.domain.Facts.TOKYO;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.id;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.Facts.session;
import static app.limber.progress.domain.milestone.Fixtures.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanPause;
import app.limber.progress.domain.SessionFact;

/**
 * A nudge sweep reads only the recent plan-weeks and the latest day with a session ({@link MilestoneFacts#forNudges});
 * the nudges it finds due, and when it looks again, must be exactly those of the whole history.
 */
class NudgeWindowTest {

    private static final MilestoneSettings DEFAULTS = MilestoneSettings.DEFAULTS;

    @Test
    void theRecentViewFindsTheSameNudgesAsTheWholeHistoryEveryThreeHoursForThreeMonths() {
        MilestoneFacts whole = aYearOfTrainingInThreeZones();
        int compared = 0;
        // through both DST ends (Berlin 25 October, Los Angeles 1 November) and ISO week 2026-W53
        for (Instant now = Instant.parse("2026-10-19T00:00:00Z"); now.isBefore(Instant.parse("2027-01-18T00:00:00Z"));
             now = now.plus(Duration.ofHours(3))) {
            MilestoneFacts recent = whole.forNudges(MilestoneFacts.nudgeWindowStart(now));
            for (int nudgeHour : new int[] {7, 18}) {
                List<DueMilestone> due = DueMilestones.at(whole, nudgeHour, DEFAULTS, now);
                assertEquals(due, DueMilestones.at(recent, nudgeHour, DEFAULTS, now), "due at " + now);
                HandledNudges handled = HandledNudges.of(due);
                assertEquals(DueMilestones.next(whole, nudgeHour, DEFAULTS, now, handled),
                        DueMilestones.next(recent, nudgeHour, DEFAULTS, now, handled), "next after " + now);
                compared += due.size();
            }
        }
        assertTrue(compared > 100, "the history must make nudges due, or the comparison says nothing: " + compared);
    }

    @Test
    void theWindowStartsOnTheMondayOfTheWeekBeforeTheEarliestTodayOfAnyZone() {
        // Monday 2026-11-23 01:00 UTC is still Sunday the 22nd in Los Angeles: week-missed may read 2026-W46
        assertEquals(date("2026-11-09"), MilestoneFacts.nudgeWindowStart(Instant.parse("2026-11-23T01:00:00Z")));
        assertEquals(date("2026-11-16"), MilestoneFacts.nudgeWindowStart(Instant.parse("2026-11-24T12:00:00Z")));
    }

    /**
     * Two plans in Berlin and Los Angeles (one ending, one paused for ten days) and an open-ended one in Tokyo, with
     * sessions on two or three days a week from the spring and a silent fortnight in November.
     */
    private static MilestoneFacts aYearOfTrainingInThreeZones() {
        PlanFact berlin = plan("berlin", MOBILITY, 3, BERLIN, "2026-03-02");
        PlanFact endingInLosAngeles = plan("los-angeles", STRENGTH, 2, LOS_ANGELES, "2026-05-06", "2026-12-30");
        PlanFact losAngeles = endingInLosAngeles.withPauses(List.of(new PlanPause(endingInLosAngeles.planId(),
                id("ten days off"), date("2026-12-03"), date("2026-12-12"))));
        PlanFact tokyo = plan("tokyo", MOBILITY, 4, TOKYO, "2026-10-28");
        List<SessionFact> sessions = new ArrayList<>();
        int n = 0;
        for (LocalDate day = date("2026-03-02"); day.isBefore(date("2027-01-18")); day = day.plusDays(1)) {
            boolean silent = !day.isBefore(date("2026-11-09")) && day.isBefore(date("2026-11-23"));
            if (silent || day.getDayOfWeek().getValue() % 3 != 0 && day.getDayOfMonth() % 5 != 0) {
                continue;
            }
            PlanFact plan = switch (n++ % 3) {
                case 0 -> berlin;
                case 1 -> losAngeles;
                default -> tokyo;
            };
            sessions.add(session("s" + n, plan.routineId(), plan, day + "T07:30", plan.timeZone()));
        }
        return facts(List.of(berlin, losAngeles, tokyo), sessions);
    }
}
