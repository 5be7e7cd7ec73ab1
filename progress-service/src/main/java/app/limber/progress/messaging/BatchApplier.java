package app.limber.progress.messaging;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import app.limber.progress.domain.PauseResumption;
import app.limber.progress.domain.PlanEnding;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanWeekTally;
import app.limber.progress.domain.SessionFact;
import app.limber.progress.domain.UserFacts;
import app.limber.progress.domain.UserRollup;
import app.limber.progress.domain.coach.CoachGrant;
import app.limber.progress.domain.milestone.AddedSessions;
import app.limber.progress.domain.milestone.LatestRuns;
import app.limber.progress.domain.milestone.RevocationReason;
import app.limber.progress.domain.analytics.SessionAnalysis;
import app.limber.progress.persistence.AnalyticsRollupStore;
import app.limber.progress.persistence.CoachGrants;
import app.limber.progress.persistence.FactStore;
import app.limber.progress.persistence.FactStore.EventFact;
import app.limber.progress.persistence.RawFacts;
import app.limber.progress.persistence.RollupStore;
import app.limber.progress.persistence.ProgressUserRows;
import app.limber.progress.persistence.ProgressUserRows.LatestSession;
import app.limber.progress.persistence.ProgressUserRows.UserRow;
import app.limber.progress.persistence.Tables;
import app.limber.progress.persistence.UserKeyed;

/**
 * Applies one poll's accepted events inside the caller's transaction.
 *
 * <ol>
 *   <li>Records every event id in {@code processed_event}; ids seen before (redeliveries, duplicates) are
 *       skipped from here on.</li>
 *   <li>Locks the touched users' rows in sorted order (two instances never deadlock, and never interleave
 *       on one user), reading what they hold ({@link ProgressUserRows}).</li>
 *   <li>Stores the raw facts; a coaching event only replaces its (athlete, coach) grant when it is the pair's latest,
 *       and changes no statistics.</li>
 *   <li>Per user: when the batch only brings sessions never seen nor deleted before, their rollup is
 *       incremented ({@link UserRollup#plus}: attribution depends on the plans alone, which did not change), and the
 *       {@link BatchFollowUp} is {@linkplain BatchFollowUp#begin begun} with what they added, so that it can work
 *       out on another thread what needs no database while the statements below run. Otherwise (a plan scheduled,
 *       ended, paused or resumed, a deletion, a repeated session id) the user is recomputed from all their stored
 *       facts with {@link UserFacts#reconcile} and their rows are replaced. Both
 *       give exactly what an in-order replay gives; only the first is cheap enough for the normal stream.</li>
 *   <li>Keeps the analytics rollups in step ({@link AnalyticsRollupStore}): each session touched by the batch gets the
 *       analysis of the version of it that stands (none once deleted), replacing what it had; each user whose
 *       plan-week rows change is taken out of the adherence histogram before and put back after.</li>
 *   <li>Hands the users with new facts to the {@link BatchFollowUp} (the live consumer's celebrations and coach
 *       alerts).</li>
 *   <li>Writes each user row that changed once: the latest session, and the latest runs the follow-up reconciled the
 *       user's celebrations with (none when it did not, so that their next reconciliation reads their history).</li>
 * </ol>
 */
public final class BatchApplier {

    private final FactStore facts;
    private final RollupStore rollups;
    private final ProgressUserRows userRows;
    private final CoachGrants grants;
    private final AnalyticsRollupStore analytics;
    private final BatchFollowUp followUp;

    public BatchApplier(Tables tables, BatchFollowUp followUp) {
        this.facts = new FactStore(tables);
        this.rollups = new RollupStore(tables);
        this.userRows = new ProgressUserRows(tables);
        this.analytics = new AnalyticsRollupStore(tables);
        this.grants = new CoachGrants(tables);
        this.followUp = followUp;
    }

    /**
     * What a batch did.
     *
     * @param events      how many events had an effect (the rest were seen before)
     * @param afterCommit what to run once the batch's transaction has committed
     */
    public record Applied(int events, Runnable afterCommit) {

        static final Applied NOTHING = new Applied(0, BatchFollowUp.NOTHING_AFTER_COMMIT);
    }

    public Applied apply(Connection connection, List<TopicEvent> batch) throws SQLException {
        Map<UUID, TopicEvent> unique = new LinkedHashMap<>();
        batch.forEach(event -> unique.putIfAbsent(event.event().eventId(), event));
        if (unique.isEmpty()) {
            return Applied.NOTHING;
        }
        Set<UUID> fresh = facts.recordNew(connection, unique.values().stream()
                .map(event -> new UserKeyed<>(event.topic(), event.event().eventId())).toList());
        SortedMap<String, List<ProgressEvent>> byUser = new TreeMap<>();
        unique.values().stream().map(TopicEvent::event).filter(event -> fresh.contains(event.eventId()))
                .forEach(event -> byUser.computeIfAbsent(event.userId(), user -> new ArrayList<>()).add(event));
        if (byUser.isEmpty()) {
            return Applied.NOTHING;
        }
        Map<String, UserRow> rows = userRows.lock(connection, byUser.keySet());
        Set<String> incremental = onlyNewSessions(connection, byUser);
        storeFacts(connection, byUser);

        Map<String, List<ProgressEvent>> cheap = new TreeMap<>(byUser);
        cheap.keySet().retainAll(incremental);
        Map<String, Optional<LatestSession>> latest = new TreeMap<>();
        Addition addition = addSessions(connection, cheap, rows, latest);
        Map<String, AddedSessions> added = addition.added();
        BatchFollowUp begun = followUp.begin(new BatchFollowUp.InOrder(added,
                reconciledRuns(added.keySet(), rows), latestSessionZones(added.keySet(), latest)));
        analyse(connection, addition);
        List<String> recompute = byUser.entrySet().stream()
                .filter(user -> !incremental.contains(user.getKey()) && changesStatistics(user.getValue()))
                .map(Map.Entry::getKey).toList();
        recompute(connection, recompute, byUser, latest);

        SortedMap<String, RevocationReason> statistics = revocationReasons(byUser);
        BatchFollowUp.Done done = begun.inTransaction(connection, new BatchFollowUp.Changes(statistics,
                new TreeSet<>(byUser.keySet()), added, reconciledRuns(statistics.keySet(), rows),
                latestSessionZones(statistics.keySet(), latest)));
        Map<String, UserRow> after = new TreeMap<>(rows);
        statistics.keySet().forEach(user -> after.put(user, new UserRow(latest.get(user),
                Optional.ofNullable(done.reconciledRuns().get(user)))));
        userRows.write(connection, rows, after);
        return new Applied(fresh.size(), done.afterCommit());
    }

    private static Map<String, LatestRuns> reconciledRuns(Set<String> users, Map<String, UserRow> rows) {
        Map<String, LatestRuns> runs = new TreeMap<>();
        users.forEach(user -> rows.get(user).reconciledRuns().ifPresent(reconciled -> runs.put(user, reconciled)));
        return runs;
    }

    private static Map<String, ZoneId> latestSessionZones(Set<String> users,
                                                          Map<String, Optional<LatestSession>> latest) {
        Map<String, ZoneId> zones = new TreeMap<>();
        users.forEach(user -> latest.get(user).ifPresent(session -> zones.put(user, session.zone())));
        return zones;
    }

    /**
     * Why whatever of each user's stops being true with this batch does: the kinds of change it brings them; users
     * whose only news is a coaching grant are left out, their statistics did not change.
     */
    private static SortedMap<String, RevocationReason> revocationReasons(SortedMap<String, List<ProgressEvent>> byUser) {
        SortedMap<String, RevocationReason> reasons = new TreeMap<>();
        byUser.entrySet().stream().filter(user -> changesStatistics(user.getValue())).forEach(user -> reasons.put(
                user.getKey(), RevocationReason.forChanges(
                user.getValue().stream().anyMatch(event -> event instanceof ProgressEvent.SessionDeleted),
                user.getValue().stream().anyMatch(event -> event instanceof ProgressEvent.PlanScheduled
                        || event instanceof ProgressEvent.PlanEnded || event instanceof ProgressEvent.PlanPaused
                        || event instanceof ProgressEvent.PlanResumed))));
        return reasons;
    }

    private static boolean changesStatistics(List<ProgressEvent> events) {
        return events.stream().anyMatch(event -> !(event instanceof ProgressEvent.CoachingChanged));
    }

    /** Users whose events in this batch are all completions of sessions not seen (nor deleted) before. */
    private Set<String> onlyNewSessions(Connection connection, SortedMap<String, List<ProgressEvent>> byUser)
            throws SQLException {
        Set<String> candidates = new HashSet<>();
        List<UserKeyed<UUID>> sessions = new ArrayList<>();
        byUser.forEach((user, events) -> {
            Set<UUID> ids = new HashSet<>();
            boolean onlyNew = events.stream().allMatch(event -> event instanceof ProgressEvent.SessionCompleted completed
                    && ids.add(completed.session().sessionId()));
            if (onlyNew) {
                candidates.add(user);
                ids.forEach(id -> sessions.add(new UserKeyed<>(user, id)));
            }
        });
        facts.seenSessions(connection, sessions).forEach(seen -> candidates.remove(seen.userId()));
        return candidates;
    }

    private void storeFacts(Connection connection, SortedMap<String, List<ProgressEvent>> byUser) throws SQLException {
        List<UserKeyed<EventFact<FactStore.Scheduled>>> scheduled = new ArrayList<>();
        List<CoachGrant> coaching = new ArrayList<>();
        List<UserKeyed<EventFact<PlanEnding>>> endings = new ArrayList<>();
        List<UserKeyed<EventFact<FactStore.Paused>>> pauses = new ArrayList<>();
        List<UserKeyed<EventFact<PauseResumption>>> resumptions = new ArrayList<>();
        List<UserKeyed<EventFact<SessionFact>>> completed = new ArrayList<>();
        List<UserKeyed<EventFact<UUID>>> deleted = new ArrayList<>();
        byUser.forEach((user, events) -> events.forEach(event -> {
            if (event instanceof ProgressEvent.PlanScheduled e) {
                scheduled.add(new UserKeyed<>(user, new EventFact<>(e.eventId(),
                        new FactStore.Scheduled(e.plan(), e.assignedBy()))));
            } else if (event instanceof ProgressEvent.PlanEnded e) {
                endings.add(new UserKeyed<>(user, new EventFact<>(e.eventId(), e.ending())));
            } else if (event instanceof ProgressEvent.PlanPaused e) {
                pauses.add(new UserKeyed<>(user, new EventFact<>(e.eventId(), new FactStore.Paused(e.pause(), e.pausedBy()))));
            } else if (event instanceof ProgressEvent.PlanResumed e) {
                resumptions.add(new UserKeyed<>(user, new EventFact<>(e.eventId(), e.resumption())));
            } else if (event instanceof ProgressEvent.SessionCompleted e) {
                completed.add(new UserKeyed<>(user, new EventFact<>(e.eventId(), e.session())));
            } else if (event instanceof ProgressEvent.SessionDeleted e) {
                deleted.add(new UserKeyed<>(user, new EventFact<>(e.eventId(), e.sessionId())));
            } else if (event instanceof ProgressEvent.CoachingChanged e) {
                coaching.add(e.grant());
            }
        }));
        facts.insertScheduled(connection, scheduled);
        facts.insertEndings(connection, endings);
        facts.insertPauses(connection, pauses);
        facts.insertResumptions(connection, resumptions);
        facts.insertCompleted(connection, completed);
        facts.insertDeletions(connection, deleted);
        grants.apply(connection, coaching);
    }

    /**
     * What {@link #addSessions} added to the users' rollups, and what it leaves for {@link #analyse}.
     *
     * @param added     each user, with what their sessions added
     * @param plans     each user's plans
     * @param increments each user's rollup of the sessions added
     * @param standing  the plan-week tallies the increments touched, as they stand now
     * @param analyses  the analysis of each session added
     */
    private record Addition(Map<String, AddedSessions> added, Map<String, List<PlanFact>> plans,
                            Map<String, UserRollup> increments, List<PlanWeekTally> standing,
                            List<UserKeyed<SessionAnalysis>> analyses) {

        static final Addition NONE = new Addition(Map.of(), Map.of(), Map.of(), List.of(), List.of());
    }

    /**
     * Adds these users' sessions to their rollups and puts each user's latest session in {@code latest}; answers what
     * each of them was added. The analytics rollups are left to {@link #analyse}.
     */
    private Addition addSessions(Connection connection, Map<String, List<ProgressEvent>> byUser,
                                 Map<String, UserRow> rows,
                                 Map<String, Optional<LatestSession>> latest) throws SQLException {
        if (byUser.isEmpty()) {
            return Addition.NONE;
        }
        Map<String, List<PlanFact>> plans = rollups.plans(connection, byUser.keySet());
        Map<String, UserRollup> increments = new TreeMap<>();
        List<UserKeyed<SessionAnalysis>> analyses = new ArrayList<>();
        Map<String, List<SessionFact>> sessionsByUser = new TreeMap<>();
        byUser.forEach((user, events) -> {
            List<SessionFact> sessions = events.stream()
                    .map(event -> ((ProgressEvent.SessionCompleted) event).session()).toList();
            sessionsByUser.put(user, sessions);
            increments.put(user, UserRollup.of(new UserFacts(plans.get(user), sessions)));
            latest.put(user, later(rows.get(user).latestSession(), latestOf(sessions)));
            sessions.forEach(session -> analyses.add(new UserKeyed<>(user, SessionAnalysis.of(session))));
        });
        List<PlanWeekTally> standing = rollups.add(connection, increments);
        Map<UUID, List<PlanWeekTally>> standingByPlan = standing.stream()
                .collect(Collectors.groupingBy(PlanWeekTally::planId));
        Map<String, AddedSessions> added = new TreeMap<>();
        sessionsByUser.forEach((user, sessions) -> added.put(user, new AddedSessions(sessions, plans.get(user),
                increments.get(user).planWeeks(), plans.get(user).stream()
                .flatMap(plan -> standingByPlan.getOrDefault(plan.planId(), List.of()).stream()).toList())));
        return new Addition(added, plans, increments, standing, analyses);
    }

    /** Keeps the analytics rollups in step with the sessions {@link #addSessions} added. */
    private void analyse(Connection connection, Addition addition) throws SQLException {
        if (addition.added().isEmpty()) {
            return;
        }
        analytics.planWeeksAdded(connection, addition.increments(), addition.standing(), addition.plans());
        analytics.addAnalyses(connection, addition.analyses());
    }

    /** Recomputes these users from all their stored facts, and puts each one's latest session in {@code latest}. */
    private void recompute(Connection connection, List<String> users, Map<String, List<ProgressEvent>> byUser,
                           Map<String, Optional<LatestSession>> latest) throws SQLException {
        if (users.isEmpty()) {
            return;
        }
        Map<String, RawFacts> raw = facts.load(connection, users);
        Map<String, UserRollup> rollupsByUser = new TreeMap<>();
        Map<String, List<PlanFact>> plans = new TreeMap<>();
        Map<String, List<SessionFact>> reconciledSessions = new TreeMap<>();
        raw.forEach((user, stored) -> {
            UserFacts reconciled = stored.reconcile();
            reconciledSessions.put(user, reconciled.sessions());
            rollupsByUser.put(user, UserRollup.of(reconciled));
            plans.put(user, reconciled.plans());
            latest.put(user, latestOf(reconciled.sessions()));
        });
        analytics.adherence(connection, users, -1);
        rollups.replace(connection, rollupsByUser, plans);
        analytics.adherence(connection, users, 1);
        reanalyse(connection, users, byUser, reconciledSessions);
    }

    /** Replaces the analyses of the sessions these users' events touched by those of the sessions that stand. */
    private void reanalyse(Connection connection, List<String> users, Map<String, List<ProgressEvent>> byUser,
                           Map<String, List<SessionFact>> standing) throws SQLException {
        List<UserKeyed<UUID>> touched = new ArrayList<>();
        List<UserKeyed<SessionAnalysis>> analyses = new ArrayList<>();
        for (String user : users) {
            Set<UUID> ids = new HashSet<>();
            byUser.get(user).forEach(event -> {
                if (event instanceof ProgressEvent.SessionCompleted completed) {
                    ids.add(completed.session().sessionId());
                } else if (event instanceof ProgressEvent.SessionDeleted deleted) {
                    ids.add(deleted.sessionId());
                }
            });
            ids.stream().sorted().forEach(id -> touched.add(new UserKeyed<>(user, id)));
            standing.get(user).stream().filter(session -> ids.contains(session.sessionId()))
                    .forEach(session -> analyses.add(new UserKeyed<>(user, SessionAnalysis.of(session))));
        }
        analytics.replaceAnalyses(connection, touched, analyses);
    }

    /** The later of a user's latest session before a batch and the latest the batch adds. */
    private static Optional<LatestSession> later(Optional<LatestSession> before, Optional<LatestSession> added) {
        return added.filter(session -> before.isEmpty() || session.completedAt().isAfter(before.get().completedAt()))
                .or(() -> before);
    }

    private static Optional<LatestSession> latestOf(List<SessionFact> sessions) {
        return sessions.stream()
                .max(Comparator.comparing(SessionFact::completedAt).thenComparing(SessionFact::sessionId))
                .map(session -> new LatestSession(session.completedAt(), session.timeZone()));
    }

    /** An accepted event and the topic it came from. */
    public record TopicEvent(String topic, ProgressEvent event) {
    }
}
