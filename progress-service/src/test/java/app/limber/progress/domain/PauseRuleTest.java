package app.limber.progress.domain;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.id;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.Facts.session;
import static app.limber.progress.domain.Facts.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The pause rule: a paused day counts neither toward adherence nor against the weekly streak; a week partly paused
 * asks for max(1, round(target × daysInForce / 7)), never more than an unpaused week, a week wholly paused is skipped; sessions on paused days still count.
 */
class PauseRuleTest {

    /** Target 3 from Monday 2026-11-02 (2026-W45), open-ended. */
    private static final PlanFact PLAN = plan("mobility", MOBILITY, 3, BERLIN, "2026-11-02");
    private static final UUID PAUSE = id("pause");

    @Test
    void aWeekPausedAtItsEndAsksForTheDaysStillInForceRoundedToNearest() {
        PlanFact paused = paused(PLAN, "2026-11-12", "2026-11-22");

        assertEquals(3, PlanWeekRule.daysInForce(paused, week("2026-W46")));
        // round(3 × 3 / 7) = round(1.29) = 1
        assertEquals(1, PlanWeekRule.targetIn(paused, week("2026-W46")));
        assertEquals(0, PlanWeekRule.targetIn(paused, week("2026-W47")));
        assertTrue(PlanWeekRule.isSkipped(paused, week("2026-W47")));
        assertEquals(3, PlanWeekRule.targetIn(paused, week("2026-W48")));
        assertEquals(List.of(week("2026-W47")), PlanWeekRule.skippedWeeks(paused));
    }

    @Test
    void aWeekPausedAtItsStartAsksForTheDaysStillInForceRoundedToNearest() {
        PlanFact paused = paused(PLAN, "2026-11-12", "2026-11-25");

        assertEquals(4, PlanWeekRule.daysInForce(paused, week("2026-W48")));
        assertEquals(2, PlanWeekRule.targetIn(paused, week("2026-W48")));
        // a single day in force of a target of 3: round(3/7) = 0, raised to 1
        assertEquals(1, PlanWeekRule.targetIn(paused(PLAN, "2026-11-09", "2026-11-14"), week("2026-W46")));
    }

    @Test
    void pausingDaysNeverRaisesAWeeksTarget() {
        // 2026-W47 runs Monday 16 to Sunday 22 November; the plan starts on each of its days in turn
        for (int target = 1; target <= 14; target++) {
            for (int startDay = 16; startDay <= 22; startDay++) {
                PlanFact plan = plan("from-" + startDay, MOBILITY, target, BERLIN, "2026-11-" + startDay);
                int unpaused = PlanWeekRule.targetIn(plan, week("2026-W47"));
                for (int pausedFrom = startDay + 1; pausedFrom <= 22; pausedFrom++) {
                    PlanFact paused = paused(plan, "2026-11-" + pausedFrom, "2026-11-22");
                    assertTrue(PlanWeekRule.targetIn(paused, week("2026-W47")) <= unpaused,
                            "target " + target + " from the " + startDay + "th, paused from the " + pausedFrom + "th");
                }
            }
        }
    }

    @Test
    void weeksWithoutAPausedDayKeepThePartialWeekRule() {
        PlanFact fromThursday = plan("thursday", MOBILITY, 3, BERLIN, "2026-11-05");
        PlanFact paused = paused(fromThursday, "2026-11-16", "2026-11-22");

        assertEquals(PlanWeekRule.targetIn(fromThursday, week("2026-W45")), PlanWeekRule.targetIn(paused, week("2026-W45")));
        assertEquals(0, PlanWeekRule.targetIn(paused, week("2026-W47")));
    }

    @Test
    void aPausedWeekCountsNeitherTowardAdherenceNorAgainstTheWeeklyStreak() {
        PlanFact paused = paused(PLAN, "2026-11-12", "2026-11-25");
        List<SessionFact> sessions = List.of(
                mobility("w45a", "2026-11-02"), mobility("w45b", "2026-11-04"), mobility("w45c", "2026-11-06"),
                mobility("w46a", "2026-11-09"), mobility("w46b", "2026-11-10"),
                mobility("w48a", "2026-11-26"), mobility("w48b", "2026-11-28"));
        LocalDate monday = date("2026-11-30");

        ProgressSummary summary = ProgressSummary.of("anna", facts(List.of(paused), sessions), monday);
        ProgressSummary unpaused = ProgressSummary.of("anna", facts(List.of(PLAN), sessions), monday);

        // W45 3/3, W46 2 of 1 (paused from Thursday), W47 skipped, W48 2/2 (Monday to Wednesday paused)
        assertEquals(new Adherence(1.0, 1.0), summary.adherence());
        assertEquals(new WeeklyStreak(3, 3), summary.weeklyStreak());
        // the same sessions without the pause: W46 2/3, W47 0/3, W48 2/3
        assertEquals((2.0 / 3 + 0.0 + 2.0 / 3) / 3, unpaused.adherence().last4Weeks(), 1e-12);
        assertEquals((1.0 + 2.0 / 3 + 0.0 + 2.0 / 3) / 4, unpaused.adherence().allTime(), 1e-12);
        assertEquals(new WeeklyStreak(0, 1), unpaused.weeklyStreak());
    }

    @Test
    void sessionsOnPausedDaysStillCountAsDoneInTheirWeek() {
        PlanFact paused = paused(PLAN, "2026-11-12", "2026-11-22");
        UserFacts facts = facts(List.of(paused), List.of(mobility("fri", "2026-11-13"), mobility("sat", "2026-11-14"),
                mobility("skipped-week", "2026-11-18")));

        UserRollup rollup = UserRollup.of(facts);

        assertEquals(List.of(new PlanWeekTally(PLAN.planId(), week("2026-W46"), 2, 1)), rollup.planWeeks(),
                "3 days in force ask for 1, and both sessions count");
        assertEquals(3, rollup.days().size(), "every session still counts for its day");
        ProgressSummary duringPause = ProgressSummary.of("anna", facts, date("2026-11-19"));
        assertEquals(new ProgressSummary.ThisWeek(0, 0), duringPause.thisWeek());
        assertEquals(Adherence.NONE, duringPause.adherence());
        assertEquals(new WeeklyStreak(1, 1), duringPause.weeklyStreak());
    }

    @Test
    void aPauseAcrossIsoWeek53() {
        PlanFact plan = plan("winter", MOBILITY, 4, BERLIN, "2026-12-07");
        PlanFact partly = paused(plan, "2026-12-31", "2027-01-03");
        PlanFact whole = paused(plan, "2026-12-28", "2027-01-06");
        List<SessionFact> sessions = new ArrayList<>();
        for (String day : List.of("2026-12-21", "2026-12-22", "2026-12-23", "2026-12-24",
                "2026-12-29", "2026-12-30", "2027-01-07", "2027-01-08", "2027-01-09")) {
            sessions.add(mobility(day, day, plan));
        }

        assertEquals(2, PlanWeekRule.targetIn(partly, week("2026-W53")));
        assertEquals(List.of(week("2026-W53")), PlanWeekRule.skippedWeeks(whole));
        // 2027-W01 (Jan 4..10): Monday to Wednesday paused, 4 days in force: round(16/7) = 2
        assertEquals(2, PlanWeekRule.targetIn(whole, week("2027-W01")));
        ProgressSummary summary = ProgressSummary.of("anna", facts(List.of(whole), sessions), date("2027-01-11"));
        assertEquals(new WeeklyStreak(2, 2), summary.weeklyStreak(), "2026-W52 and 2027-W01 across the skipped W53");
    }

    @Test
    void aPausedDstWeekIsStillSevenDatesLong() {
        // Berlin leaves summer time on Sunday 2026-10-25: 2026-W43 has 169 hours and still 7 dates
        PlanFact plan = plan("autumn", MOBILITY, 3, BERLIN, "2026-10-05");
        PlanFact paused = paused(plan, "2026-10-22", "2026-10-25");
        SessionFact sundayLate = session("sunday-late", MOBILITY, plan, "2026-10-25T23:30", BERLIN);
        SessionFact mondayEarly = session("monday-early", MOBILITY, plan, "2026-10-26T00:30", BERLIN);

        assertEquals(3, PlanWeekRule.daysInForce(paused, week("2026-W43")));
        assertEquals(1, PlanWeekRule.targetIn(paused, week("2026-W43")));
        assertEquals(List.of(new PlanWeekTally(plan.planId(), week("2026-W43"), 1, 1),
                        new PlanWeekTally(plan.planId(), week("2026-W44"), 1, 3)),
                UserRollup.of(facts(List.of(paused), List.of(sundayLate, mondayEarly))).planWeeks());
    }

    @Test
    void aResumptionCutsThePauseShortAndOneOnItsFirstDayCancelsIt() {
        PlanPause pause = new PlanPause(PLAN.planId(), PAUSE, date("2026-11-12"), date("2026-11-25"));

        UserFacts early = replay(List.of(PLAN, pause, new PauseResumption(PLAN.planId(), PAUSE, date("2026-11-16"))));
        UserFacts cancelled = replay(List.of(PLAN, pause, new PauseResumption(PLAN.planId(), PAUSE, date("2026-11-12"))));

        assertEquals(List.of(new PlanPause(PLAN.planId(), PAUSE, date("2026-11-12"), date("2026-11-15"))),
                early.plans().get(0).pauses());
        assertEquals(3, PlanWeekRule.targetIn(early.plans().get(0), week("2026-W47")));
        assertEquals(replay(List.of(PLAN)), cancelled);
    }

    @Test
    void theEarliestResumptionHoldsAndAResumptionMayArriveBeforeItsPause() {
        PlanPause pause = new PlanPause(PLAN.planId(), PAUSE, date("2026-11-12"), date("2026-11-25"));
        PauseResumption first = new PauseResumption(PLAN.planId(), PAUSE, date("2026-11-16"));
        PauseResumption second = new PauseResumption(PLAN.planId(), PAUSE, date("2026-11-20"));

        assertEquals(replay(List.of(PLAN, pause, first)), replay(List.of(second, first, pause, PLAN)));
        assertEquals(replay(List.of(PLAN, pause, first)), replay(List.of(pause, PLAN, second, first, pause)));
    }

    @Test
    void aPauseOfAnUnknownPlanChangesNothingUntilThePlanArrives() {
        PlanPause pause = new PlanPause(PLAN.planId(), PAUSE, date("2026-11-12"), date("2026-11-25"));

        assertEquals(List.of(), replay(List.of(pause)).plans());
        assertEquals(List.of(pause), replay(List.of(pause, PLAN)).plans().get(0).pauses());
    }

    @Test
    void aLatePauseGivesWhatAnInOrderReplayGivesWhateverTheOrder() {
        PlanPause pause = new PlanPause(PLAN.planId(), PAUSE, date("2026-11-12"), date("2026-11-25"));
        PauseResumption resumption = new PauseResumption(PLAN.planId(), PAUSE, date("2026-11-19"));
        List<Object> log = new ArrayList<>(List.of(PLAN, mobility("a", "2026-11-03"), mobility("b", "2026-11-10"),
                mobility("c", "2026-11-13"), mobility("d", "2026-11-17"), mobility("e", "2026-11-20"),
                mobility("f", "2026-11-21"), mobility("g", "2026-11-24"), pause, resumption));
        UserFacts inOrder = replay(log);
        UserRollup expected = UserRollup.of(inOrder);
        ProgressSummary summary = ProgressSummary.of("anna", inOrder, date("2026-11-26"));

        for (long seed = 1; seed <= 40; seed++) {
            List<Object> shuffled = new ArrayList<>(log);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, UserRollup.of(replay(shuffled)), "seed " + seed);
            assertEquals(summary, ProgressSummary.of("anna", replay(shuffled), date("2026-11-26")), "seed " + seed);
        }
        // W47 (16..22): paused 16..18, 4 days in force: round(12/7) = 2, and d on a paused day counts
        assertTrue(expected.planWeeks().contains(new PlanWeekTally(PLAN.planId(), week("2026-W47"), 3, 2)));
    }

    @Test
    void newSessionsAddUpUnderAPausedPlanAsARecomputationGivesThem() {
        PlanFact paused = paused(PLAN, "2026-11-12", "2026-11-22");
        List<SessionFact> first = List.of(mobility("a", "2026-11-10"), mobility("b", "2026-11-18"));
        List<SessionFact> second = List.of(mobility("c", "2026-11-13"), mobility("d", "2026-11-24"));
        List<SessionFact> all = new ArrayList<>(first);
        all.addAll(second);

        assertEquals(UserRollup.of(facts(List.of(paused), all)),
                UserRollup.of(facts(List.of(paused), first)).plus(UserRollup.of(facts(List.of(paused), second))));
    }

    @Test
    void aPlanKnowsItsPausedDays() {
        PlanFact paused = paused(PLAN, "2026-11-12", "2026-11-22");

        assertTrue(paused.isPausedOn(date("2026-11-12")));
        assertTrue(paused.isActiveOn(date("2026-11-12")));
        assertFalse(paused.isInForceOn(date("2026-11-22")));
        assertTrue(paused.isInForceOn(date("2026-11-23")));
        assertEquals(paused.pauses(), paused.endingBy(date("2026-12-31")).pauses(), "an ending keeps the pauses");
    }

    static PlanFact paused(PlanFact plan, String from, String to) {
        return plan.withPauses(List.of(new PlanPause(plan.planId(), id("pause " + from), date(from), date(to))));
    }

    private static SessionFact mobility(String name, String day) {
        return session(name, MOBILITY, null, day + "T07:00", BERLIN);
    }

    private static SessionFact mobility(String name, String day, PlanFact plan) {
        return session(name, MOBILITY, plan, day + "T07:00", BERLIN);
    }

    private static UserFacts facts(List<PlanFact> plans, List<SessionFact> sessions) {
        return new UserFacts(plans, sessions);
    }

    /** What the service's store does: keep every fact, then reconcile. */
    private static UserFacts replay(List<Object> log) {
        List<PlanFact> plans = new ArrayList<>();
        List<PlanPause> pauses = new ArrayList<>();
        List<PauseResumption> resumptions = new ArrayList<>();
        List<SessionFact> sessions = new ArrayList<>();
        for (Object event : log) {
            if (event instanceof PlanFact plan) {
                plans.add(plan);
            } else if (event instanceof PlanPause pause) {
                pauses.add(pause);
            } else if (event instanceof PauseResumption resumption) {
                resumptions.add(resumption);
            } else if (event instanceof SessionFact session) {
                sessions.add(session);
            } else {
                throw new IllegalArgumentException("unknown event " + event);
            }
        }
        return UserFacts.reconcile(plans, List.of(), pauses, resumptions, sessions, List.of());
    }
}
