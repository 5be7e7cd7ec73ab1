package app.limber.progress.domain.coach;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.id;
import static app.limber.progress.domain.Facts.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.limber.progress.domain.ExerciseFact;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanPause;
import app.limber.progress.domain.SessionFact;
import app.limber.progress.domain.UserFacts;
import app.limber.progress.domain.UserRollup;

/** The alert rules with the default thresholds: what holds for an athlete at an instant. */
class AlertRulesTest {

    private static final AlertThresholds DEFAULTS = AlertThresholds.DEFAULTS;
    /** Target 3 from Monday 2026-11-02, open-ended, in Berlin. */
    private static final PlanFact PLAN = plan("mobility", MOBILITY, 3, BERLIN, "2026-11-02");

    @Test
    void silenceIsLowAfterMoreThanThreeDaysAndHighAfterMoreThanSevenInThePlansZone() {
        UserFacts facts = facts(List.of(PLAN), session("a", "2026-11-10T07:00", null, null));

        assertEquals(Optional.empty(), SilenceRule.of(facts, at("2026-11-13T23:59"), DEFAULTS), "3 days");
        AthleteAlert low = SilenceRule.of(facts, at("2026-11-14T00:00"), DEFAULTS).orElseThrow();
        assertEquals(AlertLevel.LOW, low.level());
        assertEquals("silence|since/2026-11-10/low", low.key());
        assertEquals(4L, low.detail().get("silentDays"));
        assertEquals("2026-11-10", low.detail().get("lastSessionOn"));
        assertEquals(AlertLevel.LOW, SilenceRule.of(facts, at("2026-11-17T12:00"), DEFAULTS).orElseThrow().level());
        AthleteAlert high = SilenceRule.of(facts, at("2026-11-18T00:00"), DEFAULTS).orElseThrow();
        assertEquals("silence|since/2026-11-10/high", high.key());
    }

    @Test
    void noSilenceWithoutAPlanInForceNorDuringAPauseAndThePauseEndStartsTheSpellAfresh() {
        PlanFact paused = PLAN.withPauses(List.of(new PlanPause(PLAN.planId(), id("p"), date("2026-11-12"),
                date("2026-11-25"))));
        UserFacts facts = facts(List.of(paused), session("a", "2026-11-05T07:00", null, null));

        assertEquals(Optional.empty(), SilenceRule.of(facts(List.of(), session("a", "2026-11-05T07:00", null, null)),
                at("2026-11-20T12:00"), DEFAULTS));
        assertEquals(Optional.empty(), SilenceRule.of(facts, at("2026-11-20T12:00"), DEFAULTS), "paused");
        assertEquals(Optional.empty(), SilenceRule.of(facts, at("2026-11-28T12:00"), DEFAULTS), "3 days after the pause");
        assertEquals("silence|since/2026-11-25/low",
                SilenceRule.of(facts, at("2026-11-29T12:00"), DEFAULTS).orElseThrow().key());
    }

    @Test
    void aPlanScheduledAfterItsStartCountsSilenceFromTheDayItWasScheduled() {
        // scheduled on Thursday 2026-11-12 (23:30 UTC is Friday in Berlin: the plan's zone decides) from Monday 11-02
        PlanFact scheduledLate = PLAN.scheduledAt(Instant.parse("2026-11-12T23:30:00Z"));
        UserFacts facts = facts(List.of(scheduledLate), session("a", "2026-10-20T07:00", null, null));

        assertEquals(date("2026-11-13"), scheduledLate.scheduledOn());
        assertEquals(Optional.empty(), SilenceRule.of(facts, at("2026-11-13T12:00"), DEFAULTS), "the day it was scheduled");
        assertEquals(Optional.empty(), SilenceRule.of(facts, at("2026-11-15T12:00"), DEFAULTS), "3 days");
        AthleteAlert low = SilenceRule.of(facts, at("2026-11-16T12:00"), DEFAULTS).orElseThrow();
        assertEquals("silence|since/2026-11-12/low", low.key());
        assertEquals(4L, low.detail().get("silentDays"));
        assertEquals("silence|since/2026-11-01/high", SilenceRule.of(facts(List.of(PLAN),
                session("a", "2026-10-20T07:00", null, null)), at("2026-11-13T12:00"), DEFAULTS).orElseThrow().key(),
                "the same plan, scheduled on a day not known, counts from its start");
        assertEquals("silence|since/2026-11-01/low", SilenceRule.of(facts(List.of(PLAN.scheduledAt(
                Instant.parse("2026-10-28T09:00:00Z"))), List.of()), at("2026-11-06T12:00"), DEFAULTS).orElseThrow().key(),
                "scheduled before its start: counted from the start");
    }

    @Test
    void aLateSessionEndsTheSpellAsIfItHadArrivedInTime() {
        List<SessionFact> sessions = new ArrayList<>(session("a", "2026-11-10T07:00", null, null));
        Instant now = at("2026-11-19T12:00");
        assertEquals(AlertLevel.HIGH, SilenceRule.of(facts(List.of(PLAN), sessions), now, DEFAULTS).orElseThrow().level());

        sessions.addAll(session("late", "2026-11-17T07:00", null, null));

        assertEquals(Optional.empty(), SilenceRule.of(facts(List.of(PLAN), sessions), now, DEFAULTS));
    }

    @Test
    void twoClosedPlanWeeksInARowUnderHalfTheTargetAreHigh() {
        // W45 3/3, W46 1/3, W47 1/3; the running week W48 does not count
        List<SessionFact> sessions = sessions("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-10", "2026-11-17");
        UserFacts facts = facts(List.of(PLAN), sessions);

        List<AthleteAlert> alerts = missedWeeks(facts, at("2026-11-23T12:00"));

        assertEquals(1, alerts.size());
        assertEquals("missed-weeks|plan/" + PLAN.planId() + "/2026-W46", alerts.get(0).key());
        assertEquals(AlertLevel.HIGH, alerts.get(0).level());
        assertEquals(List.of(), missedWeeks(facts, at("2026-11-22T12:00")), "W47 is not closed yet");
    }

    @Test
    void aRunOfMissedWeeksKeepsItsFirstWeekAndEndsWithAWeekAtHalfTheTarget() {
        List<SessionFact> missing = sessions("2026-11-10", "2026-11-17");
        assertEquals("missed-weeks|plan/" + PLAN.planId() + "/2026-W45",
                missedWeeks(facts(List.of(PLAN), missing), at("2026-11-30T12:00")).get(0).key(), "W45..W48 missed");

        List<SessionFact> recovered = new ArrayList<>(missing);
        recovered.addAll(sessions("2026-11-24", "2026-11-25"));
        assertEquals(List.of(), missedWeeks(facts(List.of(PLAN), recovered), at("2026-11-30T12:00")),
                "W48 2/3 is at least half");
    }

    @Test
    void weeksOverBeforeThePlanWasScheduledAreNotMissed() {
        // from Monday W45, scheduled on Wednesday 2026-11-18 of W47, nothing done
        UserFacts facts = facts(List.of(PLAN.scheduledAt(Instant.parse("2026-11-18T09:00:00Z"))), List.of());

        assertEquals(List.of(), missedWeeks(facts, at("2026-11-24T12:00")), "W45 and W46 were over, W47 alone is no run");
        assertEquals("missed-weeks|plan/" + PLAN.planId() + "/2026-W47",
                missedWeeks(facts, at("2026-12-01T12:00")).get(0).key(), "W47 and W48 missed");
        assertEquals("missed-weeks|plan/" + PLAN.planId() + "/2026-W45",
                missedWeeks(facts(List.of(PLAN), List.of()), at("2026-11-24T12:00")).get(0).key(),
                "scheduled on a day not known: every week since the start counts");
    }

    @Test
    void aWhollyPausedWeekNeitherCountsTowardTheRunNorBreaksIt() {
        PlanFact paused = PLAN.withPauses(List.of(new PlanPause(PLAN.planId(), id("p"), date("2026-11-16"),
                date("2026-11-22"))));
        List<SessionFact> sessions = sessions("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-10");

        assertEquals(List.of(), missedWeeks(facts(List.of(paused), sessions), at("2026-11-23T12:00")),
                "W46 missed, W47 skipped: one week");
        assertEquals("missed-weeks|plan/" + PLAN.planId() + "/2026-W46",
                missedWeeks(facts(List.of(paused), sessions), at("2026-11-30T12:00")).get(0).key(), "W46 and W48");
    }

    @Test
    void aSessionAtSevenOrMoreIsCriticalAndTwoAboveTheMeanOfTheThreeBeforeIsHigh() {
        List<SessionFact> sessions = new ArrayList<>();
        sessions.addAll(session("s1", "2026-11-16T07:00", null, 2));
        sessions.addAll(session("s2", "2026-11-17T07:00", null, 3));
        sessions.addAll(session("s3", "2026-11-18T07:00", null, 1));
        sessions.addAll(session("s4", "2026-11-19T07:00", null, 4));
        sessions.addAll(session("s5", "2026-11-20T07:00", null, 8));
        sessions.addAll(session("s6", "2026-11-21T07:00", null, null));

        List<AthleteAlert> alerts = DiscomfortRule.of(sessions, date("2026-11-21"), DEFAULTS);

        // s4: 4 >= (2 + 3 + 1) / 3 + 2; s5: 8 >= 7
        assertEquals(List.of("discomfort|session/" + id("s4"), "discomfort|session/" + id("s5")),
                alerts.stream().map(AthleteAlert::key).toList());
        assertEquals(AlertLevel.HIGH, alerts.get(0).level());
        assertEquals(2.0, alerts.get(0).detail().get("previousMean"));
        assertEquals(AlertLevel.CRITICAL, alerts.get(1).level());
        assertEquals(8, alerts.get(1).detail().get("discomfort"));
    }

    @Test
    void withoutThreeEarlierReportsThereIsNoBaselineAndOldSessionsRaiseNothing() {
        List<SessionFact> sessions = new ArrayList<>();
        sessions.addAll(session("s1", "2026-11-01T07:00", null, 9));
        sessions.addAll(session("s2", "2026-11-17T07:00", null, 0));
        sessions.addAll(session("s3", "2026-11-18T07:00", null, 6));

        assertEquals(List.of(), DiscomfortRule.of(sessions, date("2026-11-18"), DEFAULTS));
        assertEquals(1, DiscomfortRule.of(sessions, date("2026-11-07"), DEFAULTS).size(), "s1 within 7 days");
    }

    @Test
    void aDeletedPainfulSessionNoLongerHolds() {
        PlanFact fromMonday = plan("fresh", MOBILITY, 3, BERLIN, "2026-11-16");
        List<SessionFact> painful = session("s1", "2026-11-17T07:00", null, 9);
        UserFacts kept = UserFacts.reconcile(List.of(fromMonday), List.of(), painful, List.of());
        UserFacts deleted = UserFacts.reconcile(List.of(fromMonday), List.of(), painful, List.of(id("s1")));

        assertEquals(1, AlertRules.evaluate(kept, at("2026-11-17T20:00"), DEFAULTS).size());
        assertEquals(List.of(), AlertRules.evaluate(deleted, at("2026-11-17T20:00"), DEFAULTS));
    }

    @Test
    void strainIsEffortTwoAboveTheThreeBeforeWhileThisWeeksAdherenceIsBelowLastWeeks() {
        // efforts 4, 4, 4 then 7, 7, 6; W46 is met (5 of 3), the running W47 has 1 of 3 so far
        List<SessionFact> sessions = new ArrayList<>();
        sessions.addAll(session("a", "2026-11-10T07:00", 4, null));
        sessions.addAll(session("b", "2026-11-11T07:00", 4, null));
        sessions.addAll(session("c", "2026-11-12T07:00", 4, null));
        sessions.addAll(session("d", "2026-11-13T07:00", 7, null));
        sessions.addAll(session("e", "2026-11-14T07:00", 7, null));
        sessions.addAll(session("f", "2026-11-16T07:00", 6, null));
        UserFacts facts = facts(List.of(PLAN), sessions);

        Optional<AthleteAlert> strain = StrainRule.of(facts.sessions(), facts.plans(),
                UserRollup.of(facts).planWeeks(), date("2026-11-17"), DEFAULTS);

        assertEquals("strain|week/2026-W47", strain.orElseThrow().key());
        assertEquals(20.0 / 3, (double) strain.get().detail().get("recentEffort"), 1e-12);
        assertEquals(1.0 / 3, strain.get().detail().get("thisWeekAdherence"));
        assertEquals(1.0, strain.get().detail().get("lastWeekAdherence"));
        assertEquals(Optional.empty(), StrainRule.of(facts.sessions(), facts.plans(), UserRollup.of(facts).planWeeks(),
                date("2026-11-15"), DEFAULTS), "this week (W46) is not below the last (W45, 0/3)");
    }

    @Test
    void noStrainWhenEffortRisesLessThanTwo() {
        List<SessionFact> sessions = new ArrayList<>();
        for (String day : List.of("2026-11-10", "2026-11-11", "2026-11-12")) {
            sessions.addAll(session(day, day + "T07:00", 5, null));
        }
        for (String day : List.of("2026-11-13", "2026-11-14", "2026-11-16")) {
            sessions.addAll(session(day, day + "T07:00", 6, null));
        }
        UserFacts facts = facts(List.of(PLAN), sessions);

        assertTrue(StrainRule.of(facts.sessions(), facts.plans(), UserRollup.of(facts).planWeeks(), date("2026-11-17"),
                DEFAULTS).isEmpty());
    }

    @Test
    void theSameFactsInAnyOrderGiveTheSameAlerts() {
        List<SessionFact> sessions = new ArrayList<>(sessions("2026-11-10", "2026-11-17"));
        sessions.addAll(session("pain", "2026-11-29T07:00", 5, 8));
        List<SessionFact> reversed = new ArrayList<>(sessions);
        Collections.reverse(reversed);

        List<AthleteAlert> alerts = AlertRules.evaluate(facts(List.of(PLAN), sessions), at("2026-11-30T12:00"), DEFAULTS);

        assertEquals(alerts, AlertRules.evaluate(facts(List.of(PLAN), reversed), at("2026-11-30T12:00"), DEFAULTS));
        assertEquals(List.of("discomfort", "missed-weeks"), alerts.stream().map(alert -> alert.kind().slug()).toList());
    }

    private static List<AthleteAlert> missedWeeks(UserFacts facts, Instant now) {
        return MissedWeeksRule.of(facts.plans(), UserRollup.of(facts).planWeeks(), now, DEFAULTS);
    }

    private static UserFacts facts(List<PlanFact> plans, List<SessionFact> sessions) {
        return UserFacts.reconcile(plans, List.of(), sessions, List.of());
    }

    private static Instant at(String berlinTime) {
        return LocalDateTime.parse(berlinTime).atZone(BERLIN).toInstant();
    }

    /** One session on each day, at 07:00 in Berlin, without effort or discomfort. */
    private static List<SessionFact> sessions(String... days) {
        List<SessionFact> sessions = new ArrayList<>();
        for (String day : days) {
            sessions.addAll(session("session " + day, day + "T07:00", null, null));
        }
        return sessions;
    }

    private static List<SessionFact> session(String name, String berlinTime, Integer effort, Integer discomfort) {
        Instant completedAt = at(berlinTime);
        return List.of(new SessionFact(id(name), MOBILITY, null, completedAt, BERLIN,
                completedAt.atZone(BERLIN).toLocalDate(), 1800, List.of(new ExerciseFact(List.of("hips"), 1, 10, 0)),
                effort, discomfort));
    }
}
