package app.limber.progress.domain.milestone;

import static app.limber.progress.domain.Facts.BERLIN;
import static app.limber.progress.domain.Facts.MOBILITY;
import static app.limber.progress.domain.Facts.date;
import static app.limber.progress.domain.Facts.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.SessionFact;
import app.limber.progress.domain.UserFacts;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever sequence of states the facts pass through (sessions logged late, deleted, logged again), reconciling after
 * each one converges on the truths of the final facts, publishes no id twice and is idempotent.
 */
class MilestoneReconciliationPropertiesTest {

    private static final LocalDate FIRST_DAY = date("2026-10-01");
    private static final PlanFact PLAN = plan("mobility", MOBILITY, 3, BERLIN, "2026-10-05");

    @Property(tries = 300)
    void everyHistoryEndsWithTheTruthsOfItsLastFacts(@ForAll("histories") List<Set<Integer>> history) {
        List<RecordedMilestone> rows = List.of();
        Set<UUID> published = new HashSet<>();
        Set<Integer> previous = Set.of();
        for (Set<Integer> days : history) {
            RevocationReason reason = RevocationReason.forChanges(!days.containsAll(previous), false);
            List<Milestone> trueNow = EventMilestones.of(facts(days), MilestoneSettings.DEFAULTS);
            MilestoneChanges changes = MilestoneReconciliation.reconcile(rows, trueNow, reason);
            for (MilestoneChanges.Publication publication : changes.published()) {
                assertTrue(published.add(publication.id()), "published twice: " + publication);
            }
            rows = changes.applyTo(rows);

            assertEquals(MilestoneChanges.NONE, MilestoneReconciliation.reconcile(rows, trueNow, reason), "idempotent");
            assertTruths(rows, trueNow);
            previous = days;
        }
    }

    @Property(tries = 200)
    void thePathDoesNotChangeWhichWeeksAreMet(@ForAll("histories") List<Set<Integer>> history) {
        List<RecordedMilestone> rows = List.of();
        for (Set<Integer> days : history) {
            rows = MilestoneReconciliation.reconcile(rows, EventMilestones.of(facts(days), MilestoneSettings.DEFAULTS),
                    RevocationReason.LATE_SESSION).applyTo(rows);
        }
        Set<Integer> last = history.get(history.size() - 1);
        List<RecordedMilestone> direct = MilestoneReconciliation.reconcile(List.of(),
                EventMilestones.of(facts(last), MilestoneSettings.DEFAULTS), RevocationReason.LATE_SESSION).applyTo(List.of());

        assertEquals(activeTexts(direct, MilestoneType.WEEK_TARGET_MET), activeTexts(rows, MilestoneType.WEEK_TARGET_MET));
    }

    @Provide
    Arbitrary<List<Set<Integer>>> histories() {
        return Arbitraries.integers().between(0, 60).set().ofMaxSize(45).list().ofMinSize(1).ofMaxSize(6);
    }

    /** Exact keys match what is true one to one; every episode true now is covered, every active one still true. */
    private static void assertTruths(List<RecordedMilestone> rows, List<Milestone> trueNow) {
        assertEquals(trueNow.stream().filter(m -> m.type() == MilestoneType.WEEK_TARGET_MET)
                .map(m -> m.key().text()).collect(Collectors.toCollection(TreeSet::new)),
                activeTexts(rows, MilestoneType.WEEK_TARGET_MET));
        for (Milestone now : trueNow) {
            if (now.episode() != null) {
                assertTrue(rows.stream().anyMatch(row -> covers(row, now)), "not covered: " + now);
            }
        }
        for (RecordedMilestone row : rows) {
            if (row.active() && row.key().period().episode().isPresent()) {
                assertTrue(trueNow.stream().anyMatch(now -> sameSeries(row, now)
                        && row.key().period().episode().get().overlaps(now.episode())), "no longer true: " + row);
            }
        }
    }

    private static boolean covers(RecordedMilestone row, Milestone now) {
        DateRange days = row.key().period().episode().orElse(null);
        if (days == null || !days.overlaps(now.episode())) {
            return false;
        }
        if (row.active() && sameSeries(row, now)) {
            return true;
        }
        return row.key().period() instanceof MilestonePeriod.Run longer
                && now.key().period() instanceof MilestonePeriod.Run run
                && longer.kind() == run.kind() && longer.threshold() > run.threshold();
    }

    private static boolean sameSeries(RecordedMilestone row, Milestone now) {
        return row.key().type() == now.type() && row.key().period().series().equals(now.key().period().series());
    }

    private static Set<String> activeTexts(List<RecordedMilestone> rows, MilestoneType type) {
        return rows.stream().filter(row -> row.active() && row.key().type() == type)
                .map(row -> row.key().text()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static MilestoneFacts facts(Set<Integer> dayOffsets) {
        List<SessionFact> sessions = Fixtures.dailySessions(MOBILITY, BERLIN, dayOffsets.stream()
                .map(offset -> FIRST_DAY.plusDays(offset).toString()).toArray(String[]::new));
        return MilestoneFacts.of(Fixtures.ANNA, UserFacts.reconcile(List.of(PLAN), List.of(), sessions, List.of()));
    }
}
