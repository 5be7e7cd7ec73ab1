package app.limber.progress.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import app.limber.platform.outbox.Outbox;
import app.limber.platform.outbox.OutboxEvent;
import app.limber.progress.config.CoachAlertConfig;
import app.limber.progress.domain.UserFacts;
import app.limber.progress.domain.coach.AlertReconciliation;
import app.limber.progress.domain.coach.AlertRules;
import app.limber.progress.domain.coach.AlertThresholds;
import app.limber.progress.messaging.CoachAlertEvents;
import app.limber.progress.persistence.CoachAlertStore;
import app.limber.progress.persistence.CoachGrants;
import app.limber.progress.persistence.FactStore;
import app.limber.progress.persistence.RawFacts;
import app.limber.progress.persistence.Tables;

/**
 * Records and publishes coach alerts for athletes, in the caller's transaction (a batch's, or the sweep's), with the
 * athletes' user rows locked by the caller. Per athlete some coach may view (or with alerts still uncleared): what
 * {@link AlertRules} find now is reconciled with the recorded alerts ({@link AlertReconciliation}); new ones are
 * recorded and appended to the outbox, one event per coach, and those whose condition cleared or whose coach lost
 * access are marked cleared. Reconciling the same facts at the same instant again changes nothing, so a redelivered
 * batch, a restart or a second instance publishes nothing twice.
 */
@ApplicationScoped
public class CoachAlerts {

    private final CoachAlertStore store = new CoachAlertStore();
    private final CoachGrants grants = new CoachGrants(Tables.LIVE);
    private final FactStore facts = new FactStore(Tables.LIVE);
    private final CoachAlertEvents events;
    private final Outbox outbox;
    private final AlertThresholds thresholds;
    private final Counter opened;
    private final Counter cleared;

    CoachAlerts(CoachAlertEvents events, Outbox outbox, CoachAlertConfig config, MeterRegistry registry) {
        this.events = events;
        this.outbox = outbox;
        this.thresholds = config.thresholds();
        this.opened = Counter.builder("limber.progress.coach-alerts.opened")
                .description("Coach alerts opened (one per coach) and published").register(registry);
        this.cleared = Counter.builder("limber.progress.coach-alerts.cleared")
                .description("Coach alerts cleared: their condition no longer held, or the coach lost access")
                .register(registry);
    }

    /** What one reconciliation recorded; {@link #announce} it once its transaction has committed. */
    public record Reconciled(Set<String> watched, int opened, int cleared) {
    }

    /**
     * @param athletes athletes whose facts or grants may have changed, or who are due a look
     * @return the athletes that were watched (some coach may view them or an alert of theirs is uncleared)
     */
    public Reconciled reconcile(Connection connection, Collection<String> athletes, Instant at) throws SQLException {
        Instant now = at.truncatedTo(ChronoUnit.MILLIS);
        Set<String> watched = store.watched(connection, athletes);
        if (watched.isEmpty()) {
            return new Reconciled(watched, 0, 0);
        }
        Map<String, RawFacts> factsByAthlete = facts.load(connection, watched);
        Map<String, Set<String>> viewers = grants.viewers(connection, watched);
        Map<String, List<AlertReconciliation.Recorded>> recorded = store.latest(connection, watched);
        List<CoachAlertStore.Opened> opening = new ArrayList<>();
        List<AlertReconciliation.Clearing> clearing = new ArrayList<>();
        List<OutboxEvent> outgoing = new ArrayList<>();
        for (String athlete : watched) {
            UserFacts reconciled = factsByAthlete.get(athlete).reconcile();
            AlertReconciliation.Changes changes = AlertReconciliation.reconcile(athlete,
                    AlertRules.evaluate(reconciled, now, thresholds), viewers.getOrDefault(athlete, Set.of()),
                    recorded.get(athlete));
            clearing.addAll(changes.cleared());
            for (AlertReconciliation.Opening alert : changes.opened()) {
                opening.add(new CoachAlertStore.Opened(alert.id(), alert.coachId(), athlete, alert.alert().key(),
                        alert.alert().kind().slug(), alert.alert().level().slug(), alert.occurrence(),
                        events.detail(alert.alert()), now));
                outgoing.add(events.event(alert.id(), alert.coachId(), now,
                        events.payload(alert.id(), alert.coachId(), athlete, alert.alert(), now)));
            }
        }
        store.clear(connection, clearing, now);
        store.insert(connection, opening);
        outbox.append(connection, outgoing);
        return new Reconciled(watched, opening.size(), clearing.size());
    }

    /** Counts what a committed reconciliation recorded, and has its events published soon. */
    public void announce(Reconciled reconciled) {
        opened.increment(reconciled.opened());
        cleared.increment(reconciled.cleared());
        if (reconciled.opened() > 0) {
            outbox.wakeRelay();
        }
    }
}
