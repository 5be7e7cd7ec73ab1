package app.limber.progress.domain.milestone;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.plan;
import static app.limber.progress.domain.milestone.Fixtures.dailySessions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.SessionFact;
import app.limber.progress.domain.UserFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Publish when a celebration first becomes true, revoke when it stops being true, a new id when it is true again;
 * duplicates and repeated runs change nothing.
 */
class MilestoneReconciliationTest {

    private static final PlanFact PLAN = plan("mobility", MOBILITY, 3, BERLIN, "2026-11-16");
    private static final List<SessionFact> MON_WED = dailySessions(MOBILITY, BERLIN, "2026-11-16", "2026-11-18");
    private static final SessionFact FRIDAY = dailySessions(MOBILITY, BERLIN, "2026-11-20").get(0);

    /** What the store holds for anna, changed only through reconciliation, as the service will. */
    private final Store store = new Store();

    @Test
    void aWeekMetIsPublishedOnceWithItsDeterministicId() {
        MilestoneChanges changes = store.apply(sessions(MON_WED, FRIDAY));

        MilestoneKey key = WeekTargetMetRuleTest.met(PLAN, "2026-W47", 3, 3).key();
        assertEquals(List.of(key), publishedKeys(changes));
        assertEquals(1, changes.published().get(0).occurrence());
        assertEquals(key.id(1), changes.published().get(0).id());
        assertEquals(List.of(), changes.revoked());
    }

    @Test
    void duplicatesAndRepeatedRunsPublishNothingMore() {
        store.apply(sessions(MON_WED, FRIDAY));
        List<Milestone> trueNow = EventMilestones.of(facts(sessions(MON_WED, FRIDAY)), MilestoneSettings.DEFAULTS);
        List<Milestone> twice = new ArrayList<>(trueNow);
        twice.addAll(trueNow);

        assertEquals(MilestoneChanges.NONE, MilestoneReconciliation.reconcile(store.rows, twice, RevocationReason.LATE_SESSION));
        assertEquals(MilestoneChanges.NONE, store.apply(sessions(MON_WED, FRIDAY)));
    }

    @Test
    void aLateSessionThatMeetsAWeekPublishesIt() {
        assertEquals(List.of(), store.apply(sessions(MON_WED)).published());

        SessionFact sundayLoggedLate = dailySessions(MOBILITY, BERLIN, "2026-11-22").get(0);
        MilestoneChanges changes = store.apply(sessions(MON_WED, sundayLoggedLate));

        assertEquals(List.of(WeekTargetMetRuleTest.met(PLAN, "2026-W47", 3, 3).key()), publishedKeys(changes));
    }

    @Test
    void aDeletedSessionThatUnmeetsAWeekRevokesIt() {
        MilestoneChanges met = store.apply(sessions(MON_WED, FRIDAY));
        UUID publishedId = met.published().get(0).id();

        MilestoneChanges changes = store.apply(sessions(MON_WED), RevocationReason.SESSION_DELETED);

        assertEquals(List.of(), changes.published());
        assertEquals(1, changes.revoked().size());
        MilestoneChanges.Revocation revocation = changes.revoked().get(0);
        assertEquals(publishedId, revocation.revokedId());
        assertEquals(MilestoneIds.revocation(publishedId), revocation.id());
        assertEquals(RevocationReason.SESSION_DELETED, revocation.reason());
        assertEquals("session-deleted", revocation.payloadFields().get("reason"));
        assertEquals("limber.milestone.week-target-met.v1", revocation.payloadFields().get("revokedType"));
        assertFalse(store.rows.get(0).active());
    }

    @Test
    void meetingTheWeekAgainIsOccurrenceTwoWithANewId() {
        UUID first = store.apply(sessions(MON_WED, FRIDAY)).published().get(0).id();
        store.apply(sessions(MON_WED), RevocationReason.SESSION_DELETED);

        SessionFact saturday = dailySessions(MOBILITY, BERLIN, "2026-11-21").get(0);
        MilestoneChanges again = store.apply(sessions(MON_WED, saturday));

        assertEquals(1, again.published().size());
        assertEquals(2, again.published().get(0).occurrence());
        assertNotEquals(first, again.published().get(0).id());
        assertEquals(again.published().get(0).milestone().key().id(2), again.published().get(0).id());
        assertEquals(MilestoneChanges.NONE, store.apply(sessions(MON_WED, saturday)), "and only once");
    }

    @Test
    void aStreakThatNeverReachedThirtyAfterADeletionIsRevoked() {
        List<SessionFact> month = run("2026-10-01", 30);
        MilestoneChanges reached = store.apply(month);
        assertEquals(List.of(3, 7, 14, 30), dailyLengths(reached.published()));

        List<SessionFact> withoutTheLast = month.subList(0, 29);
        MilestoneChanges changes = store.apply(withoutTheLast, RevocationReason.SESSION_DELETED);

        assertEquals(List.of(), changes.published());
        assertEquals(List.of("streak-reached|-|daily/30/2026-10-01..2026-10-30"),
                changes.revoked().stream().map(r -> r.revoked().key().text()).toList());
    }

    @Test
    void aRunSplitByADeletionKeepsWhatItReachedAndIsNotCelebratedAgainForItsPieces() {
        List<SessionFact> month = run("2026-10-01", 30);
        store.apply(month);
        List<SessionFact> withoutTheFifteenth = new ArrayList<>(month);
        withoutTheFifteenth.remove(14);

        MilestoneChanges changes = store.apply(withoutTheFifteenth, RevocationReason.SESSION_DELETED);

        assertEquals(List.of(), changes.published(), "days 16..30 were part of the run that reached 3, 7 and 14");
        assertEquals(List.of("streak-reached|-|daily/30/2026-10-01..2026-10-30"),
                changes.revoked().stream().map(r -> r.revoked().key().text()).toList());
    }

    @Test
    void aLateSessionExtendingARunAtItsStartRevokesNothing() {
        store.apply(run("2026-10-02", 7));

        MilestoneChanges changes = store.apply(run("2026-10-01", 8));

        assertEquals(MilestoneChanges.NONE, changes, "the run 10-01..10-08 is the one that reached 3 and 7");
    }

    @Test
    void aLateSessionMergingTwoRunsRevokesNothingAndCelebratesOnlyNewLengths() {
        List<SessionFact> twoRuns = new ArrayList<>(run("2026-10-01", 7));
        twoRuns.addAll(run("2026-10-09", 7));
        assertEquals(List.of(3, 3, 7, 7), dailyLengths(store.apply(twoRuns).published()));

        List<SessionFact> merged = run("2026-10-01", 15);
        MilestoneChanges changes = store.apply(merged);

        assertEquals(List.of(), changes.revoked());
        assertEquals(List.of(14), dailyLengths(changes.published()));
    }

    @Test
    void aLateSessionInsideASpellRevokesTheComebackOnlyWhenNoSpellIsLeft() {
        store.apply(sessions(dailySessions(MOBILITY, BERLIN, "2026-11-01", "2026-11-12")));
        assertTrue(store.isActive("comeback|-|2026-11-02..2026-11-12"));

        MilestoneChanges stillASpell = store.apply(sessions(dailySessions(MOBILITY, BERLIN,
                "2026-11-01", "2026-11-03", "2026-11-12")));
        assertEquals(MilestoneChanges.NONE, stillASpell, "nine days away is still a comeback, the same one");

        MilestoneChanges noSpell = store.apply(sessions(dailySessions(MOBILITY, BERLIN,
                "2026-11-01", "2026-11-03", "2026-11-07", "2026-11-12")));
        assertEquals(List.of("comeback|-|2026-11-02..2026-11-12"),
                noSpell.revoked().stream().map(r -> r.revoked().key().text()).toList());
        assertEquals(RevocationReason.LATE_SESSION, noSpell.revoked().get(0).reason());
    }

    @Test
    void theResultDoesNotDependOnTheOrderOfItsInputs() {
        store.apply(run("2026-10-01", 30));
        List<SessionFact> changed = new ArrayList<>(run("2026-10-01", 30));
        changed.remove(20);
        changed.addAll(sessions(MON_WED, FRIDAY));
        List<Milestone> trueNow = EventMilestones.of(facts(changed), MilestoneSettings.DEFAULTS);
        MilestoneChanges expected = MilestoneReconciliation.reconcile(store.rows, trueNow, RevocationReason.SESSION_DELETED);

        for (long seed = 1; seed <= 20; seed++) {
            List<RecordedMilestone> rows = new ArrayList<>(store.rows);
            List<Milestone> candidates = new ArrayList<>(trueNow);
            Collections.shuffle(rows, new Random(seed));
            Collections.shuffle(candidates, new Random(-seed));

            assertEquals(expected, MilestoneReconciliation.reconcile(rows, candidates, RevocationReason.SESSION_DELETED));
        }
        assertFalse(expected.isEmpty());
    }

    @Test
    void nudgesOnRecordAreNeverRevokedHere() {
        RecordedMilestone nudge = new RecordedMilestone(new MilestoneKey(Fixtures.ANNA, MilestoneType.INACTIVE, null,
                new MilestonePeriod.Since(date("2026-11-01"))), 1, true);

        assertEquals(MilestoneChanges.NONE,
                MilestoneReconciliation.reconcile(List.of(nudge), List.of(), RevocationReason.LATE_SESSION));
    }

    @Test
    void oneUserAtATime() {
        RecordedMilestone bens = new RecordedMilestone(new MilestoneKey("ben", MilestoneType.COMEBACK, null,
                new MilestonePeriod.Spell(new DateRange(date("2026-11-02"), date("2026-11-09")))), 1, true);
        List<Milestone> annas = EventMilestones.of(facts(sessions(MON_WED, FRIDAY)), MilestoneSettings.DEFAULTS);

        assertThrows(IllegalArgumentException.class,
                () -> MilestoneReconciliation.reconcile(List.of(bens), annas, RevocationReason.LATE_SESSION));
    }

    private static List<SessionFact> sessions(List<SessionFact> some, SessionFact... more) {
        List<SessionFact> all = new ArrayList<>(some);
        all.addAll(List.of(more));
        return all;
    }

    private static List<SessionFact> run(String first, int days) {
        LocalDate start = date(first);
        return dailySessions(MOBILITY, BERLIN,
                IntStream.range(0, days).mapToObj(i -> start.plusDays(i).toString()).toArray(String[]::new));
    }

    private static MilestoneFacts facts(List<SessionFact> sessions) {
        return MilestoneFacts.of(Fixtures.ANNA, UserFacts.reconcile(List.of(PLAN), List.of(), sessions, List.of()));
    }

    private static List<MilestoneKey> publishedKeys(MilestoneChanges changes) {
        return changes.published().stream().map(p -> p.milestone().key()).toList();
    }

    private static List<Integer> dailyLengths(List<MilestoneChanges.Publication> published) {
        return published.stream()
                .map(p -> p.milestone().details())
                .filter(d -> d instanceof MilestoneDetails.StreakReached s && s.kind() == StreakKind.DAILY)
                .map(d -> ((MilestoneDetails.StreakReached) d).length())
                .sorted()
                .toList();
    }

    @Test
    void theRecordedKeysAreTheirOwnWhileEachStandsActiveForWhatIsTrueNowUnderItsOwnKey() {
        store.apply(sessions(MON_WED, FRIDAY));
        assertTrue(ownKeys(sessions(MON_WED, FRIDAY)), "the week met, recorded under its key");

        store.apply(sessions(MON_WED), RevocationReason.SESSION_DELETED);
        assertFalse(ownKeys(sessions(MON_WED)), "a revoked key could be revived");

        store.apply(sessions(MON_WED, FRIDAY));
        assertTrue(ownKeys(sessions(MON_WED, FRIDAY)), "met again: its next occurrence stands, active, under its key");
        assertFalse(MilestoneReconciliation.onlyOwnKeys(store.rows,
                EventMilestones.of(facts(sessions(MON_WED)), MilestoneSettings.DEFAULTS)),
                "a key recorded for what is no longer true");
        assertFalse(MilestoneReconciliation.onlyOwnKeys(List.of(),
                EventMilestones.of(facts(sessions(MON_WED, FRIDAY)), MilestoneSettings.DEFAULTS)),
                "something true now with no key of its own");
    }

    private boolean ownKeys(List<SessionFact> sessions) {
        return MilestoneReconciliation.onlyOwnKeys(store.rows,
                EventMilestones.of(facts(sessions), MilestoneSettings.DEFAULTS));
    }

    private static final class Store {
        private List<RecordedMilestone> rows = List.of();

        MilestoneChanges apply(List<SessionFact> sessions) {
            return apply(sessions, RevocationReason.LATE_SESSION);
        }

        MilestoneChanges apply(List<SessionFact> sessions, RevocationReason reason) {
            List<Milestone> trueNow = EventMilestones.of(facts(sessions), MilestoneSettings.DEFAULTS);
            MilestoneChanges changes = MilestoneReconciliation.reconcile(rows, trueNow, reason);
            rows = changes.applyTo(rows);
            return changes;
        }

        boolean isActive(String keyText) {
            return rows.stream().anyMatch(row -> row.active() && row.key().text().equals(keyText));
        }
    }
}
