package app.limber.progress.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import app.limber.platform.outbox.Outbox;
import app.limber.platform.outbox.OutboxEvent;
import app.limber.progress.config.MilestoneConfig;
import app.limber.progress.domain.TodayZone;
import app.limber.progress.domain.milestone.CelebrationDay;
import app.limber.progress.domain.milestone.EventMilestones;
import app.limber.progress.domain.milestone.MilestoneChanges;
import app.limber.progress.domain.milestone.MilestoneReconciliation;
import app.limber.progress.domain.milestone.MilestoneSettings;
import app.limber.progress.domain.milestone.MilestoneType;
import app.limber.progress.domain.milestone.NudgeDecision;
import app.limber.progress.domain.milestone.NudgePreferences;
import app.limber.progress.domain.milestone.PublishWindow;
import app.limber.progress.domain.milestone.RevocationReason;
import app.limber.progress.messaging.MilestoneEvents;
import app.limber.progress.persistence.MilestoneFactsReader;
import app.limber.progress.persistence.MilestoneStore;
import app.limber.progress.persistence.NudgePreferencesStore;
import app.limber.progress.persistence.Tables;

/**
 * Records and publishes the celebrations of the users a batch changed, in the batch's transaction, after their
 * rollups are written. Per user: what is true now ({@link EventMilestones}) is reconciled with the latest recorded
 * occurrence of each key ({@link MilestoneReconciliation}); new occurrences are recorded, and published through the
 * outbox when their {@link CelebrationDay} lies in the {@link PublishWindow}; revoked occurrences are marked, and
 * their revocation published when the occurrence was. Reconciling the same facts again changes nothing, so a
 * redelivered batch, a restart or a second instance (which waits for the user's lock) publishes nothing twice.
 */
@ApplicationScoped
public class Celebrations {

    /** {@code withheld_reason} of a celebration recorded but not published because its day is too long ago. */
    public static final String OUTSIDE_WINDOW = "outside-window";
    /** {@code withheld_reason} of a celebration recorded but not published because the user switched them off. */
    public static final String SWITCHED_OFF = NudgeDecision.SuppressionReason.TYPE_OFF.slug();

    private final MilestoneStore store = new MilestoneStore();
    private final MilestoneFactsReader facts = new MilestoneFactsReader(Tables.LIVE);
    private final MilestoneEvents events;
    private final Outbox outbox;
    private final Clock clock;
    private final MilestoneSettings settings;
    private final PublishWindow window;
    private final NudgePreferencesStore preferences;
    private final Counter published;
    private final Counter withheld;
    private final Counter revoked;

    Celebrations(MilestoneEvents events, Outbox outbox, Clock clock, MilestoneConfig config,
                 NudgePreferencesStore preferences, MeterRegistry registry) {
        this.preferences = preferences;
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
        this.settings = config.settings();
        this.window = config.window();
        this.published = Counter.builder("limber.progress.milestones.recorded").tag("published", "true")
                .description("Celebrations recorded, by whether they were published").register(registry);
        this.withheld = Counter.builder("limber.progress.milestones.recorded").tag("published", "false")
                .description("Celebrations recorded, by whether they were published").register(registry);
        this.revoked = Counter.builder("limber.progress.milestones.revoked")
                .description("Celebrations revoked").register(registry);
    }

    /** What one batch's reconciliation recorded; {@link #announce} it once the batch has committed. */
    public record Reconciled(int published, int withheld, int revoked, int events) {

        static final Reconciled NOTHING = new Reconciled(0, 0, 0, 0);
    }

    /**
     * @param users each user the batch changed, with the reason for whatever of theirs stops being true now
     */
    public Reconciled reconcile(Connection connection, SortedMap<String, RevocationReason> users) throws SQLException {
        if (users.isEmpty()) {
            return Reconciled.NOTHING;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<String, MilestoneFactsReader.StoredFacts> factsByUser = facts.read(connection, users.keySet());
        Map<String, List<MilestoneStore.Latest>> recorded = store.latestCelebrations(connection, users.keySet());
        Map<String, NudgePreferences> wanted = preferences.of(connection, users.keySet());
        List<MilestoneStore.Occurrence> occurrences = new ArrayList<>();
        List<MilestoneStore.Revocation> revocations = new ArrayList<>();
        List<OutboxEvent> outgoing = new ArrayList<>();
        users.forEach((user, reason) -> {
            MilestoneFactsReader.StoredFacts stored = factsByUser.get(user);
            List<MilestoneStore.Latest> latest = recorded.get(user);
            MilestoneChanges changes = MilestoneReconciliation.reconcile(
                    latest.stream().map(MilestoneStore.Latest::milestone).toList(),
                    EventMilestones.of(stored.facts(), settings), reason);
            if (changes.isEmpty()) {
                return;
            }
            Set<UUID> published = latest.stream().filter(MilestoneStore.Latest::published)
                    .map(row -> row.milestone().id()).collect(Collectors.toSet());
            for (MilestoneChanges.Revocation revocation : changes.revoked()) {
                revocations.add(new MilestoneStore.Revocation(revocation.revokedId(), now, revocation.reason().slug()));
                if (published.contains(revocation.revokedId())) {
                    outgoing.add(events.event(MilestoneType.REVOKED, revocation.id(), user, now,
                            events.payload(revocation, now)));
                }
            }
            LocalDate today = TodayZone.today(stored.facts().plans(), stored.latestSessionZone(), now);
            for (MilestoneChanges.Publication publication : changes.published()) {
                String payload = events.payload(publication, now);
                LocalDate day = CelebrationDay.of(publication.milestone(), today);
                String withheld = !window.admits(day, today) ? OUTSIDE_WINDOW
                        : !wanted.get(user).wants(publication.milestone().type()) ? SWITCHED_OFF : null;
                boolean news = withheld == null;
                occurrences.add(new MilestoneStore.Occurrence(publication.id(), publication.milestone().key(),
                        publication.occurrence(), payload, day, now, withheld));
                if (news) {
                    outgoing.add(events.event(publication.milestone().type(), publication.id(), user, now, payload));
                }
            }
        });
        store.revoke(connection, revocations);
        store.insert(connection, occurrences);
        outbox.append(connection, outgoing);
        long sent = occurrences.stream().filter(occurrence -> occurrence.withheldReason() == null).count();
        return new Reconciled((int) sent, occurrences.size() - (int) sent, revocations.size(), outgoing.size());
    }

    /** Counts what a committed batch recorded, and has its events published soon. */
    public void announce(Reconciled reconciled) {
        published.increment(reconciled.published());
        withheld.increment(reconciled.withheld());
        revoked.increment(reconciled.revoked());
        if (reconciled.events() > 0) {
            outbox.wakeRelay();
        }
    }
}
