package app.limber.progress.domain;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.NEW_YORK;
import static app.limber.progress.domain.Facts.STRENGTH;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.facts;
import static app.limber.progress.domain.Facts.id;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.Facts.session;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Statistics must be what an in-order replay gives, however events arrive: late, twice, or with a
 * deletion before the completion it deletes.
 */
class OrderIndependenceTest {

    private static final LocalDate TODAY = date("2026-11-25");
    private static final PlanFact MOBILITY_PLAN = plan("mobility", MOBILITY, 3, BERLIN, "2026-11-02");
    private static final PlanFact REPLACEMENT = plan("mobility-2", MOBILITY, 4, BERLIN, "2026-11-19");
    private static final PlanFact STRENGTH_PLAN = plan("strength", STRENGTH, 2, NEW_YORK, "2026-11-09", "2026-12-31");

    private static final SessionFact M1 = session("m1", MOBILITY, null, "2026-11-02T07:00", BERLIN);
    private static final SessionFact M2 = session("m2", MOBILITY, MOBILITY_PLAN, "2026-11-04T07:00", BERLIN);
    private static final SessionFact M3 = session("m3", MOBILITY, null, "2026-11-05T07:00", BERLIN);
    private static final SessionFact S1 = session("s1", STRENGTH, null, "2026-11-10T18:00", NEW_YORK);
    private static final SessionFact M4 = session("m4", MOBILITY, null, "2026-11-11T07:00", BERLIN);
    private static final SessionFact DELETED = session("oops", MOBILITY, null, "2026-11-12T07:00", BERLIN);
    private static final SessionFact M5 = session("m5", MOBILITY, null, "2026-11-17T07:00", BERLIN);
    private static final SessionFact M6 = session("m6", MOBILITY, null, "2026-11-20T07:00", BERLIN);
    private static final SessionFact S2 = session("s2", STRENGTH, STRENGTH_PLAN, "2026-11-21T18:00", NEW_YORK);
    private static final SessionFact M7 = session("m7", MOBILITY, null, "2026-11-23T07:00", BERLIN);
    private static final SessionFact M8 = session("m8", MOBILITY, null, "2026-11-24T07:00", BERLIN);

    /** The log as routine-service produced it, redeliveries included. */
    private static final List<Object> IN_ORDER = List.of(
            MOBILITY_PLAN, M1, M2, M2, M3,
            STRENGTH_PLAN, S1, M4, DELETED, new Deleted(DELETED.sessionId()),
            M5, new PlanEnding(MOBILITY_PLAN.planId(), date("2026-11-18")), REPLACEMENT,
            M6, S2, new PlanEnding(STRENGTH_PLAN.planId(), date("2026-12-06")), S2, M7, M8,
            new PlanEnding(STRENGTH_PLAN.planId(), date("2026-12-20")));

    @Test
    void theLogGivesTheSameStatisticsAsTheCleanSetOfFacts() {
        UserFacts clean = facts(
                List.of(MOBILITY_PLAN.endingBy(date("2026-11-18")), REPLACEMENT, STRENGTH_PLAN.endingBy(date("2026-12-06"))),
                List.of(M1, M2, M3, S1, M4, M5, M6, S2, M7, M8));

        assertEquals(clean, replay(IN_ORDER));
        assertEquals(UserRollup.of(clean), UserRollup.of(replay(IN_ORDER)));
    }

    @Test
    void anyArrivalOrderGivesTheSameRollupAndSummary() {
        UserFacts inOrder = replay(IN_ORDER);
        UserRollup expectedRollup = UserRollup.of(inOrder);
        ProgressSummary expected = ProgressSummary.of("anna", inOrder, TODAY);

        for (long seed = 1; seed <= 50; seed++) {
            List<Object> shuffled = new ArrayList<>(IN_ORDER);
            Collections.shuffle(shuffled, new Random(seed));
            UserFacts facts = replay(shuffled);

            assertEquals(expectedRollup, UserRollup.of(facts), "rollup, seed " + seed);
            assertEquals(expected, ProgressSummary.of("anna", facts, TODAY), "summary, seed " + seed);
        }
    }

    @Test
    void aDeletionSeenBeforeItsCompletionStillRemovesTheSession() {
        UserFacts facts = replay(List.of(new Deleted(M1.sessionId()), M1, M2));

        assertEquals(List.of(M2), facts.sessions());
    }

    @Test
    void aRedeliveredSessionCountsOnce() {
        ProgressSummary summary = ProgressSummary.of("anna", replay(List.of(M1, M1, M1)), date("2026-11-02"));

        assertEquals(new ProgressSummary.Totals(1, 30), summary.totals());
        assertEquals(new DailyStreak(1, 1), summary.dailyStreak());
    }

    @Test
    void aLateSessionFillsTheGapAsIfItHadArrivedInOrder() {
        SessionFact mon = session("mon", MOBILITY, null, "2026-11-16T07:00", BERLIN);
        SessionFact tue = session("tue", MOBILITY, null, "2026-11-17T07:00", BERLIN);
        SessionFact wed = session("wed", MOBILITY, null, "2026-11-18T07:00", BERLIN);
        SessionFact thu = session("thu", MOBILITY, null, "2026-11-19T07:00", BERLIN);
        SessionFact fri = session("fri", MOBILITY, null, "2026-11-20T07:00", BERLIN);
        LocalDate friday = date("2026-11-20");

        ProgressSummary beforeLate = ProgressSummary.of("anna", replay(List.of(MOBILITY_PLAN, mon, tue, thu, fri)), friday);
        ProgressSummary afterLate = ProgressSummary.of("anna", replay(List.of(MOBILITY_PLAN, mon, tue, thu, fri, wed)), friday);
        ProgressSummary inOrder = ProgressSummary.of("anna", replay(List.of(MOBILITY_PLAN, mon, tue, wed, thu, fri)), friday);

        assertEquals(new DailyStreak(2, 2), beforeLate.dailyStreak());
        assertEquals(new DailyStreak(5, 5), afterLate.dailyStreak());
        assertEquals(inOrder, afterLate);
    }

    @Test
    void theEarliestOfSeveralEndingsWinsWhateverTheirOrder() {
        PlanEnding early = new PlanEnding(STRENGTH_PLAN.planId(), date("2026-11-20"));
        PlanEnding late = new PlanEnding(STRENGTH_PLAN.planId(), date("2026-11-30"));

        assertEquals(date("2026-11-20"), replay(List.of(late, STRENGTH_PLAN, early)).plans().get(0).endsOn());
        assertEquals(date("2026-11-20"), replay(List.of(early, late, STRENGTH_PLAN)).plans().get(0).endsOn());
    }

    @Test
    void anEndingForAnUnknownPlanChangesNothing() {
        UserFacts facts = replay(List.of(MOBILITY_PLAN, new PlanEnding(id("unknown"), date("2026-11-03"))));

        assertEquals(List.of(MOBILITY_PLAN), facts.plans());
    }

    /** What the service's store does: keep every fact, then reconcile. */
    private static UserFacts replay(List<Object> log) {
        List<PlanFact> plans = new ArrayList<>();
        List<PlanEnding> endings = new ArrayList<>();
        List<SessionFact> sessions = new ArrayList<>();
        List<UUID> deleted = new ArrayList<>();
        for (Object event : log) {
            if (event instanceof PlanFact plan) {
                plans.add(plan);
            } else if (event instanceof PlanEnding ending) {
                endings.add(ending);
            } else if (event instanceof SessionFact session) {
                sessions.add(session);
            } else if (event instanceof Deleted deletion) {
                deleted.add(deletion.sessionId());
            } else {
                throw new IllegalArgumentException("unknown event " + event);
            }
        }
        return UserFacts.reconcile(plans, endings, sessions, deleted);
    }

    private record Deleted(UUID sessionId) {
    }
}
