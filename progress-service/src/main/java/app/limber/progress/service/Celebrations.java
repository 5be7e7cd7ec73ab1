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
 * their history, with the same result; the others, and those the window cannot decide, from all of it. What needs
 * nothing from the database is worked out by {@link #ahead}, which may run on another thread while the batch's other
 * statements do.
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
     * What the users whose batch added sessions in order come to, worked out from those sessions and the latest runs
     * alone: no database, so it can run on another thread while the batch's remaining statements execute.
     *
     * @param now     when the batch records what it decides
     * @param after   each user the sessions decided, with their latest runs after the batch; the others need their
     *                history read
     * @param news    the users of {@code after} whose news must be decided with the recorded keys they can touch
     * @param drafted the users of {@code after} whose news were decided without reading any key, with what to record
     */
    public record Ahead(Instant now, Map<String, LatestRuns> after, Map<String, InOrderAddition.Outcome> news,
                        Map<String, Drafted> drafted) {
    }

    /**
     * Works out what it can ahead of {@link #reconcile}.
     *
     * @param added  the users whose only news is sessions never seen before, with what they added
     * @param before the users whose celebrations were reconciled with every earlier change, with the latest runs they
     *               were reconciled with: only users in both maps can be decided here
     * @param zones  the zone of each user's latest session, with this batch's sessions
     */
    public Ahead ahead(Map<String, AddedSessions> added, Map<String, LatestRuns> before, Map<String, ZoneId> zones) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<String, LatestRuns> after = new TreeMap<>();
        Map<String, InOrderAddition.Outcome> news = new TreeMap<>();
        Map<String, Drafted> drafted = new TreeMap<>();
        added.forEach((user, sessions) -> {
            LatestRuns runs = before.get(user);
            if (runs == null) {
                return;
            }
            InOrderAddition.of(runs, sessions, user, settings).ifPresent(outcome -> {
                after.put(user, outcome.after());
                if (outcome.news().isEmpty()) {
                    return;
                }
                outcome.publications(runs).ifPresentOrElse(
                        publications -> drafted.put(user, draft(new Decided(publications, sessions.plans(),
                                zones.get(user), List.of()), now)),
                        () -> news.put(user, outcome));
            });
        });
        return new Ahead(now, after, news, drafted);
    }

    /**
     * Reconciles the celebrations of the users a batch changed, in its transaction.
     *
     * @param users each user the batch changed, with the reason for whatever of theirs stops being true now
     * @param added the users of {@code users} whose only news is sessions never seen before, with what they added: when
     *              their celebrations were reconciled with every earlier change, an {@link InOrderAddition} needs none
     *              of their history, else a {@link CelebrationWindow} of their recent history decides, and only when
     *              it cannot is the whole history read
     * @param before the users of {@code users} whose celebrations were reconciled with every earlier change, with the
     *               latest runs they were reconciled with
     * @param zones  the zone of each user's latest session, with this batch's sessions (their "today" when no plan
     *               says); users without a session are absent
     * @param ahead  what {@link #ahead} worked out from the same {@code added}, {@code before} and {@code zones}
     */
    public Reconciled reconcile(Connection connection, SortedMap<String, RevocationReason> users,
                                Map<String, AddedSessions> added, Map<String, LatestRuns> before,
                                Map<String, ZoneId> zones, Ahead ahead) throws SQLException {
        if (users.isEmpty()) {
            return Reconciled.NOTHING;
        }
        Instant now = ahead.now();
        Map<String, LatestRuns> after = new TreeMap<>(ahead.after());
        Map<String, Drafted> drafted = new TreeMap<>(ahead.drafted());
        Map<String, InOrderAddition.Outcome> news = ahead.news();
        Set<String> open = new TreeSet<>(added.keySet());
        open.retainAll(before.keySet());
        open.retainAll(users.keySet());
        open.removeAll(after.keySet());
        int quiet = after.size() - news.size();
        decideNews(connection, news, added, zones, now, drafted);
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
                            drafted.put(user, draft(new Decided(changes, window.plans(), zones.get(user),
                                    recorded.get(user)), now));
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
                drafted.put(user, draft(new Decided(changes, stored.plans(), zones.get(user), recorded.get(user)),
                        now));
                after.put(user, LatestRuns.of(stored)
                        .withOwnKeys(MilestoneReconciliation.onlyOwnKeys(changes.applyTo(rows), trueNow)));
            }
        }
        quietly.increment(quiet);
        inOrder.increment(news.size());
        windowed.increment(users.size() - whole.size() - quiet - news.size());
        wholeHistory.increment(whole.size());
        return record(connection, drafted, now, after);
    }

    /**
     * Decides the publications of the users whose batch added sessions in order and made celebrations newly true, from
     * the recorded keys those can touch.
     */
    private void decideNews(Connection connection, Map<String, InOrderAddition.Outcome> news,
                            Map<String, AddedSessions> added, Map<String, ZoneId> zones, Instant now,
                            Map<String, Drafted> drafted) throws SQLException {
        if (news.isEmpty()) {
            return;
        }
        Map<String, LocalDate> starts = new TreeMap<>();
        news.forEach((user, outcome) -> starts.put(user, outcome.firstDay().orElseThrow()));
        Map<String, List<MilestoneStore.Latest>> recorded = store.latestCelebrationsSince(connection, starts);
        news.forEach((user, outcome) -> drafted.put(user, draft(new Decided(
                MilestoneReconciliation.publish(milestones(recorded.get(user)), outcome.news()),
                added.get(user).plans(), zones.get(user), recorded.get(user)), now)));
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

    /**
     * One user's changes as they will be recorded, all but whether the user wants each celebration that is not too
     * long ago (their nudge preferences, read in the transaction).
     *
     * @param revocations      the occurrences revoked
     * @param revocationEvents the revocations of published occurrences, to publish
     * @param publications     the new occurrences, with their details and day
     */
    public record Drafted(List<MilestoneStore.Revocation> revocations, List<OutboxEvent> revocationEvents,
                          List<Draft> publications) {
    }

    /**
     * A new occurrence, with its details ({@link MilestoneEvents#details}) and day.
     *
     * @param id       the publication's id, derived once (a digest)
     * @param inWindow whether its day lies in the {@link PublishWindow}: only then can it be published
     */
    public record Draft(MilestoneChanges.Publication publication, UUID id, String details, LocalDate day,
                        boolean inWindow) {
    }

    private Drafted draft(Decided decision, Instant now) {
        MilestoneChanges changes = decision.changes();
        if (changes.isEmpty()) {
            return new Drafted(List.of(), List.of(), List.of());
        }
        List<MilestoneStore.Revocation> revocations = new ArrayList<>();
        List<OutboxEvent> revocationEvents = new ArrayList<>();
        // ids are name-based (a digest each): derived only for a user with something to revoke
        Set<UUID> published = changes.revoked().isEmpty() ? Set.of() : decision.latest().stream()
                .filter(MilestoneStore.Latest::published).map(row -> row.milestone().id())
                .collect(Collectors.toSet());
        for (MilestoneChanges.Revocation revocation : changes.revoked()) {
            revocations.add(new MilestoneStore.Revocation(revocation.revoked(), now, revocation.reason().slug()));
            if (published.contains(revocation.revokedId())) {
                revocationEvents.add(events.event(MilestoneType.REVOKED, revocation.id(),
                        revocation.revoked().key().userId(), now, events.payload(revocation, now)));
            }
        }
        LocalDate today = TodayZone.today(decision.plans(), decision.latestSessionZone(), now);
        List<Draft> publications = new ArrayList<>();
        for (MilestoneChanges.Publication publication : changes.published()) {
            LocalDate day = CelebrationDay.of(publication.milestone(), today);
            publications.add(new Draft(publication, publication.id(), events.details(publication.milestone()), day,
                    window.admits(day, today)));
        }
        return new Drafted(revocations, revocationEvents, publications);
    }

    private Reconciled record(Connection connection, Map<String, Drafted> drafted, Instant now,
                              Map<String, LatestRuns> latestRuns) throws SQLException {
        Set<String> deciding = new TreeSet<>();
        drafted.forEach((user, draft) -> {
            if (draft.publications().stream().anyMatch(Draft::inWindow)) {
                deciding.add(user);
            }
        });
        Map<String, NudgePreferences> wanted = preferences.of(connection, deciding);
        List<MilestoneStore.Occurrence> occurrences = new ArrayList<>();
        List<MilestoneStore.Revocation> revocations = new ArrayList<>();
        List<OutboxEvent> outgoing = new ArrayList<>();
        drafted.forEach((user, draft) -> {
            revocations.addAll(draft.revocations());
            outgoing.addAll(draft.revocationEvents());
            for (Draft publication : draft.publications()) {
                Milestone milestone = publication.publication().milestone();
                String withheld = !publication.inWindow() ? OUTSIDE_WINDOW
                        : !wanted.get(user).wants(milestone.type()) ? SWITCHED_OFF : null;
                occurrences.add(new MilestoneStore.Occurrence(publication.id(), milestone.key(),
                        publication.publication().occurrence(), publication.details(), publication.day(), now,
                        withheld));
                if (withheld == null) {
                    outgoing.add(events.event(milestone.type(), publication.id(), user, now,
                            events.payload(publication.id(), user, now, publication.details())));
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
