package app.limber.progress.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import app.limber.platform.outbox.Outbox;
import app.limber.platform.outbox.OutboxEvent;
import app.limber.progress.config.MilestoneConfig;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.TodayZone;
import app.limber.progress.domain.milestone.AddedSessions;
import app.limber.progress.domain.milestone.CelebrationDay;
import app.limber.progress.domain.milestone.CelebrationWindow;
import app.limber.progress.domain.milestone.EventMilestones;
import app.limber.progress.domain.milestone.InOrderAddition;
import app.limber.progress.domain.milestone.LatestRuns;
import app.limber.progress.domain.milestone.Milestone;
import app.limber.progress.domain.milestone.MilestoneChanges;
import app.limber.progress.domain.milestone.MilestoneFacts;
import app.limber.progress.domain.milestone.MilestoneReconciliation;
import app.limber.progress.domain.milestone.MilestoneSettings;
import app.limber.progress.domain.milestone.MilestoneType;
import app.limber.progress.domain.milestone.NudgeDecision;
import app.limber.progress.domain.milestone.NudgePreferences;
import app.limber.progress.domain.milestone.PublishWindow;
import app.limber.progress.domain.milestone.RecordedMilestone;
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
 *
 * <p>A user whose batch only adds sessions, and whose celebrations were reconciled with every earlier change
 * (the batch hands over the latest runs kept with their {@code progress_user} row), needs none of their history when
 * the sessions come in order ({@link InOrderAddition}): nothing at all when they make nothing new true or when the
 * recorded keys are exactly what is true now ({@link LatestRuns#ownKeys}), else only the recorded keys the news can
 * touch. Otherwise it is reconciled from a {@link CelebrationWindow} of
 * their history, with the same result; the others, and those the window cannot decide, from all of it.
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
    private final Counter quietly;
    private final Counter inOrder;
    private final Counter windowed;
    private final Counter wholeHistory;

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
        this.quietly = Counter.builder("limber.progress.milestones.reconciliations").tag("read", "none")
                .description("Users whose celebrations a batch reconciled, by what it read of their history")
                .register(registry);
        this.inOrder = Counter.builder("limber.progress.milestones.reconciliations").tag("read", "keys")
                .description("Users whose celebrations a batch reconciled, by what it read of their history")
                .register(registry);
        this.windowed = Counter.builder("limber.progress.milestones.reconciliations").tag("read", "window")
                .description("Users whose celebrations a batch reconciled, by what it read of their history")
                .register(registry);
        this.wholeHistory = Counter.builder("limber.progress.milestones.reconciliations").tag("read", "whole")
                .description("Users whose celebrations a batch reconciled, by what it read of their history")
                .register(registry);
    }

    /**
     * What one batch's reconciliation recorded; {@link #announce} it once the batch has committed.
     *
     * @param latestRuns each user reconciled, with their latest runs now: what their next batch's reconciliation starts
     *                   from
     */
    public record Reconciled(int published, int withheld, int revoked, int events, Map<String, LatestRuns> latestRuns) {

        static final Reconciled NOTHING = new Reconciled(0, 0, 0, 0, Map.of());
    }

    /**
     * @param users each user the batch changed, with the reason for whatever of theirs stops being true now
     * @param added the users of {@code users} whose only news is sessions never seen before, with what they added: when
     *              their celebrations were reconciled with every earlier change, an {@link InOrderAddition} needs none
     *              of their history, else a {@link CelebrationWindow} of their recent history decides, and only when
     *              it cannot is the whole history read
     * @param before the users of {@code users} whose celebrations were reconciled with every earlier change, with the
     *               latest runs they were reconciled with
     * @param zones  the zone of each user's latest session, with this batch's sessions (their "today" when no plan
     *               says); users without a session are absent
     */
    public Reconciled reconcile(Connection connection, SortedMap<String, RevocationReason> users,
                                Map<String, AddedSessions> added, Map<String, LatestRuns> before,
                                Map<String, ZoneId> zones) throws SQLException {
        if (users.isEmpty()) {
            return Reconciled.NOTHING;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<String, LatestRuns> after = new TreeMap<>();
        Map<String, Decided> decided = new TreeMap<>();
        Set<String> open = new TreeSet<>(added.keySet());
        open.retainAll(before.keySet());
        open.retainAll(users.keySet());
        Map<String, InOrderAddition.Outcome> news = new TreeMap<>();
        for (String user : open) {
            InOrderAddition.of(before.get(user), added.get(user), user, settings).ifPresent(outcome -> {
                after.put(user, outcome.after());
                if (outcome.news().isEmpty()) {
                    return;
                }
                outcome.publications(before.get(user)).ifPresentOrElse(
                        publications -> decided.put(user, new Decided(publications, added.get(user).plans(),
                                zones.get(user), List.of())),
                        () -> news.put(user, outcome));
            });
        }
        open.removeAll(after.keySet());
        int quiet = after.size() - news.size();
        decideNews(connection, news, added, zones, decided);
        Map<String, List<PlanFact>> plans = new TreeMap<>();
        open.forEach(user -> plans.put(user, added.get(user).plans()));
        for (int weeks : CelebrationWindow.WEEKS) {
            if (open.isEmpty()) {
                break;
            }
            Map<String, LocalDate> starts = new TreeMap<>();
            open.forEach(user -> starts.put(user, CelebrationWindow.start(
                    CelebrationWindow.earliestWeek(plans.get(user), added.get(user).sessions()), weeks)));
            Map<String, MilestoneFacts> windows = facts.readSince(connection, plans, starts);
            Map<String, List<MilestoneStore.Latest>> recorded = store.latestCelebrationsSince(connection, starts);
            starts.forEach((user, start) -> {
                MilestoneFacts window = windows.get(user);
                CelebrationWindow.reconcile(window, start, added.get(user).sessions(), milestones(recorded.get(user)),
                        settings, users.get(user)).ifPresent(changes -> {
                            decided.put(user, new Decided(changes, window.plans(), zones.get(user), recorded.get(user)));
                            // the window holds the latest daily run whole: it decides only when the run it changes
                            // begins in it
                            after.put(user, new LatestRuns(LatestRuns.latestDailyRun(window.activeDays()),
                                    CelebrationWindow.latestWeeklyRun(window, start, before.get(user).weekly())));
                            open.remove(user);
                        });
            });
        }
        Set<String> whole = new TreeSet<>(users.keySet());
        whole.removeAll(after.keySet());
        if (!whole.isEmpty()) {
            Map<String, MilestoneFacts> factsByUser = facts.read(connection, whole);
            Map<String, List<MilestoneStore.Latest>> recorded = store.latestCelebrations(connection, whole);
            for (String user : whole) {
                MilestoneFacts stored = factsByUser.get(user);
                List<Milestone> trueNow = EventMilestones.of(stored, settings);
                List<RecordedMilestone> rows = milestones(recorded.get(user));
                MilestoneChanges changes = MilestoneReconciliation.reconcile(rows, trueNow, users.get(user));
                decided.put(user, new Decided(changes, stored.plans(), zones.get(user), recorded.get(user)));
                after.put(user, LatestRuns.of(stored)
                        .withOwnKeys(MilestoneReconciliation.onlyOwnKeys(changes.applyTo(rows), trueNow)));
            }
        }
        quietly.increment(quiet);
        inOrder.increment(news.size());
        windowed.increment(users.size() - whole.size() - quiet - news.size());
        wholeHistory.increment(whole.size());
        return record(connection, decided, now, after);
    }

    /**
     * Decides the publications of the users whose batch added sessions in order and made celebrations newly true, from
     * the recorded keys those can touch.
     */
    private void decideNews(Connection connection, Map<String, InOrderAddition.Outcome> news,
                            Map<String, AddedSessions> added, Map<String, ZoneId> zones,
                            Map<String, Decided> decided) throws SQLException {
        if (news.isEmpty()) {
            return;
        }
        Map<String, LocalDate> starts = new TreeMap<>();
        news.forEach((user, outcome) -> starts.put(user, outcome.firstDay().orElseThrow()));
        Map<String, List<MilestoneStore.Latest>> recorded = store.latestCelebrationsSince(connection, starts);
        news.forEach((user, outcome) -> decided.put(user, new Decided(
                MilestoneReconciliation.publish(milestones(recorded.get(user)), outcome.news()),
                added.get(user).plans(), zones.get(user), recorded.get(user))));
    }

    /**
     * One user's reconciliation, with their plans and the zone of their latest session (their "today") and the
     * recorded rows it was decided from.
     */
    private record Decided(MilestoneChanges changes, List<PlanFact> plans, ZoneId latestSessionZone,
                           List<MilestoneStore.Latest> latest) {
    }

    private static List<RecordedMilestone> milestones(List<MilestoneStore.Latest> latest) {
        return latest.stream().map(MilestoneStore.Latest::milestone).toList();
    }

    private Reconciled record(Connection connection, Map<String, Decided> decided, Instant now,
                              Map<String, LatestRuns> latestRuns) throws SQLException {
        Map<String, NudgePreferences> wanted = preferences.of(connection, decided.keySet());
        List<MilestoneStore.Occurrence> occurrences = new ArrayList<>();
        List<MilestoneStore.Revocation> revocations = new ArrayList<>();
        List<OutboxEvent> outgoing = new ArrayList<>();
        decided.forEach((user, decision) -> {
            MilestoneChanges changes = decision.changes();
            if (changes.isEmpty()) {
                return;
            }
            // ids are name-based (a digest each): derived only for a user with something to revoke
            Set<UUID> published = changes.revoked().isEmpty() ? Set.of() : decision.latest().stream()
                    .filter(MilestoneStore.Latest::published).map(row -> row.milestone().id())
                    .collect(Collectors.toSet());
            for (MilestoneChanges.Revocation revocation : changes.revoked()) {
                revocations.add(new MilestoneStore.Revocation(revocation.revoked(), now, revocation.reason().slug()));
                if (published.contains(revocation.revokedId())) {
                    outgoing.add(events.event(MilestoneType.REVOKED, revocation.id(), user, now,
                            events.payload(revocation, now)));
                }
            }
            LocalDate today = TodayZone.today(decision.plans(), decision.latestSessionZone(), now);
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
        return new Reconciled((int) sent, occurrences.size() - (int) sent, revocations.size(), outgoing.size(),
                latestRuns);
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
