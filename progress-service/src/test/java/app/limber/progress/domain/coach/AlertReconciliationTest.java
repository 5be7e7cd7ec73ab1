package app.limber.progress.domain.coach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.limber.progress.domain.coach.AlertReconciliation.Changes;
import app.limber.progress.domain.coach.AlertReconciliation.ClearReason;
import app.limber.progress.domain.coach.AlertReconciliation.Recorded;

/** An alert opens once per coach, stays open until acknowledged or cleared, and opens anew on a new occurrence. */
class AlertReconciliationTest {

    private static final String ATHLETE = "anna";
    private static final AthleteAlert PAIN = new AthleteAlert(AlertKind.DISCOMFORT, AlertLevel.CRITICAL,
            "session/s1", Map.of("discomfort", 8));
    private static final AthleteAlert SILENT = new AthleteAlert(AlertKind.SILENCE, AlertLevel.LOW,
            "since/2026-11-10/low", Map.of("silentDays", 4));

    @Test
    void aConditionOpensOneAlertPerCoachWhoMayViewTheAthlete() {
        Changes changes = AlertReconciliation.reconcile(ATHLETE, List.of(PAIN), Set.of("kim", "lee"), List.of());

        assertEquals(List.of(
                        new AlertReconciliation.Opening(AlertIds.of("kim", ATHLETE, PAIN.key(), 1), "kim", PAIN, 1),
                        new AlertReconciliation.Opening(AlertIds.of("lee", ATHLETE, PAIN.key(), 1), "lee", PAIN, 1)),
                changes.opened());
        assertEquals(List.of(), changes.cleared());
    }

    @Test
    void reconcilingWhatIsRecordedAgainChangesNothingAcknowledgedOrNot() {
        List<Recorded> recorded = record(AlertReconciliation.reconcile(ATHLETE, List.of(PAIN), Set.of("kim"), List.of()));

        assertTrue(AlertReconciliation.reconcile(ATHLETE, List.of(PAIN), Set.of("kim"), recorded).isEmpty(),
                "an acknowledgement is no clearing: the alert does not open again while its condition holds");
    }

    @Test
    void aClearedConditionClearsTheAlertAndHoldingAgainOpensANewOccurrence() {
        List<Recorded> open = record(AlertReconciliation.reconcile(ATHLETE, List.of(SILENT), Set.of("kim"), List.of()));

        Changes clearing = AlertReconciliation.reconcile(ATHLETE, List.of(), Set.of("kim"), open);
        assertEquals(List.of(new AlertReconciliation.Clearing(open.get(0).id(), ClearReason.CONDITION_CLEARED)),
                clearing.cleared());

        List<Recorded> cleared = List.of(new Recorded(open.get(0).id(), "kim", SILENT.key(), 1, true));
        Changes again = AlertReconciliation.reconcile(ATHLETE, List.of(SILENT), Set.of("kim"), cleared);
        assertEquals(2, again.opened().get(0).occurrence());
        assertEquals(AlertIds.of("kim", ATHLETE, SILENT.key(), 2), again.opened().get(0).id());
        assertNotEquals(open.get(0).id(), again.opened().get(0).id());
    }

    @Test
    void aCoachWhoLostAccessHasTheirAlertsClearedAndNoneOpened() {
        List<Recorded> open = record(AlertReconciliation.reconcile(ATHLETE, List.of(PAIN, SILENT), Set.of("kim"),
                List.of()));

        Changes revoked = AlertReconciliation.reconcile(ATHLETE, List.of(PAIN, SILENT), Set.of(), open);

        assertEquals(List.of(), revoked.opened());
        assertEquals(Set.of(ClearReason.ACCESS_REVOKED), Set.copyOf(revoked.cleared().stream()
                .map(AlertReconciliation.Clearing::reason).toList()));
        assertEquals(2, revoked.cleared().size());
    }

    @Test
    void idsAreDeterministicAndAPipeInAUserIdCannotMakeTwoCollide() {
        assertEquals(AlertIds.of("auth0|kim", ATHLETE, PAIN.key(), 1), AlertIds.of("auth0|kim", ATHLETE, PAIN.key(), 1));
        assertNotEquals(AlertIds.of("a|b", "c", PAIN.key(), 1), AlertIds.of("a", "b|c", PAIN.key(), 1));
        assertNotEquals(AlertIds.of("kim", ATHLETE, PAIN.key(), 1), AlertIds.of("kim", ATHLETE, SILENT.key(), 1));
    }

    private static List<Recorded> record(Changes changes) {
        List<Recorded> recorded = new ArrayList<>();
        changes.opened().forEach(opening -> recorded.add(new Recorded(opening.id(), opening.coachId(),
                opening.alert().key(), opening.occurrence(), false)));
        return recorded;
    }
}
