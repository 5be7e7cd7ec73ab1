package app.limber.progress.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import app.limber.progress.domain.PauseResumption;
import app.limber.progress.domain.PlanEnding;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanPause;
import app.limber.progress.domain.SessionFact;

/**
 * The raw facts, one row per event: what a user's statistics are recomputed from. Writes take the whole
 * batch in one statement per table; reads take every user of a batch at once.
 */
public final class FactStore {

    private final Tables tables;

    public FactStore(Tables tables) {
        this.tables = tables;
    }

    /**
     * Records event ids in the idempotency ledger and returns those not recorded before. Inserted in id order, so
     * that two instances handed the same records (after a rebalance) wait for each other instead of deadlocking.
     *
     * @param eventIdsWithTopic event ids, each with its topic in {@link UserKeyed#userId()}
     */
    public Set<UUID> recordNew(Connection connection, List<UserKeyed<UUID>> eventIdsWithTopic) throws SQLException {
        String sql = "insert into " + tables.processedEvent() + " (event_id, topic) "
                + "select e, t from unnest(?::uuid[], ?::text[]) as v(e, t) order by e on conflict do nothing returning event_id";
        Set<UUID> fresh = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .uuid(eventIdsWithTopic, UserKeyed::value)
                    .text(eventIdsWithTopic, UserKeyed::userId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    fresh.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return fresh;
    }

    public void insertScheduled(Connection connection, List<UserKeyed<EventFact<Scheduled>>> plans) throws SQLException {
        if (plans.isEmpty()) {
            return;
        }
        String sql = "insert into " + tables.planScheduled() + " (event_id, user_id, plan_id, routine_id, weekly_target,"
                + " time_zone, starts_on, ends_on, assigned_by, scheduled_on) select * from unnest(?::uuid[], ?::text[],"
                + " ?::uuid[], ?::uuid[], ?::int4[], ?::text[], ?::date[], ?::date[], ?::text[], ?::date[])"
                + " on conflict do nothing";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .uuid(plans, row -> row.value().eventId())
                    .text(plans, UserKeyed::userId)
                    .uuid(plans, row -> row.value().fact().plan().planId())
                    .uuid(plans, row -> row.value().fact().plan().routineId())
                    .int4(plans, row -> row.value().fact().plan().weeklyTarget())
                    .text(plans, row -> row.value().fact().plan().timeZone().getId())
                    .text(plans, row -> row.value().fact().plan().startsOn())
                    .text(plans, row -> row.value().fact().plan().endsOn())
                    .text(plans, row -> row.value().fact().assignedBy())
                    .text(plans, row -> row.value().fact().plan().scheduledOn());
            statement.executeUpdate();
        }
    }

    /** A scheduled plan, and the coach who scheduled it (null when the athlete did). */
    public record Scheduled(PlanFact plan, String assignedBy) {
    }

    public void insertEndings(Connection connection, List<UserKeyed<EventFact<PlanEnding>>> endings) throws SQLException {
        if (endings.isEmpty()) {
            return;
        }
        String sql = "insert into " + tables.planEnded() + " (event_id, user_id, plan_id, ends_on) select * from "
                + "unnest(?::uuid[], ?::text[], ?::uuid[], ?::date[]) on conflict do nothing";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .uuid(endings, row -> row.value().eventId())
                    .text(endings, UserKeyed::userId)
                    .uuid(endings, row -> row.value().fact().planId())
                    .text(endings, row -> row.value().fact().endsOn());
            statement.executeUpdate();
        }
    }

    public void insertPauses(Connection connection, List<UserKeyed<EventFact<Paused>>> pauses) throws SQLException {
        if (pauses.isEmpty()) {
            return;
        }
        String sql = "insert into " + tables.planPaused() + " (event_id, user_id, plan_id, pause_id, starts_on, ends_on,"
                + " paused_by) select * from unnest(?::uuid[], ?::text[], ?::uuid[], ?::uuid[], ?::date[], ?::date[],"
                + " ?::text[]) on conflict do nothing";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .uuid(pauses, row -> row.value().eventId())
                    .text(pauses, UserKeyed::userId)
                    .uuid(pauses, row -> row.value().fact().pause().planId())
                    .uuid(pauses, row -> row.value().fact().pause().pauseId())
                    .text(pauses, row -> row.value().fact().pause().startsOn())
                    .text(pauses, row -> row.value().fact().pause().endsOn())
                    .text(pauses, row -> row.value().fact().pausedBy());
            statement.executeUpdate();
        }
    }

    /** A pause, and who paused the plan. */
    public record Paused(PlanPause pause, String pausedBy) {
    }

    public void insertResumptions(Connection connection, List<UserKeyed<EventFact<PauseResumption>>> resumptions)
            throws SQLException {
        if (resumptions.isEmpty()) {
            return;
        }
        String sql = "insert into " + tables.planResumed() + " (event_id, user_id, plan_id, pause_id, resumed_on)"
                + " select * from unnest(?::uuid[], ?::text[], ?::uuid[], ?::uuid[], ?::date[]) on conflict do nothing";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .uuid(resumptions, row -> row.value().eventId())
                    .text(resumptions, UserKeyed::userId)
                    .uuid(resumptions, row -> row.value().fact().planId())
                    .uuid(resumptions, row -> row.value().fact().pauseId())
                    .text(resumptions, row -> row.value().fact().resumedOn());
            statement.executeUpdate();
        }
    }

    public void insertCompleted(Connection connection, List<UserKeyed<EventFact<SessionFact>>> sessions) throws SQLException {
        if (sessions.isEmpty()) {
            return;
        }
        String sql = "insert into " + tables.sessionCompleted() + " (event_id, user_id, session_id, routine_id, plan_id,"
                + " completed_at, time_zone, local_date, duration_seconds, exercises, effort, discomfort, prescription)"
                + " select * from unnest(?::uuid[], ?::text[], ?::uuid[], ?::uuid[], ?::uuid[], ?::timestamptz[], ?::text[],"
                + " ?::date[], ?::int4[], ?::jsonb[], ?::int4[], ?::int4[], ?::jsonb[]) on conflict do nothing";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .uuid(sessions, row -> row.value().eventId())
                    .text(sessions, UserKeyed::userId)
                    .uuid(sessions, row -> row.value().fact().sessionId())
                    .uuid(sessions, row -> row.value().fact().routineId())
                    .uuid(sessions, row -> row.value().fact().planId())
                    .text(sessions, row -> row.value().fact().completedAt())
                    .text(sessions, row -> row.value().fact().timeZone().getId())
                    .text(sessions, row -> row.value().fact().localDate())
                    .int4(sessions, row -> row.value().fact().durationSeconds())
                    .text(sessions, row -> ExerciseJson.write(row.value().fact().exercises()))
                    .int4(sessions, row -> row.value().fact().effort())
                    .int4(sessions, row -> row.value().fact().discomfort())
                    .text(sessions, row -> PrescriptionJson.write(row.value().fact().prescription()));
            statement.executeUpdate();
        }
    }

    public void insertDeletions(Connection connection, List<UserKeyed<EventFact<UUID>>> deletions) throws SQLException {
        if (deletions.isEmpty()) {
            return;
        }
        String sql = "insert into " + tables.sessionDeleted() + " (event_id, user_id, session_id) select * from "
                + "unnest(?::uuid[], ?::text[], ?::uuid[]) on conflict do nothing";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .uuid(deletions, row -> row.value().eventId())
                    .text(deletions, UserKeyed::userId)
                    .uuid(deletions, row -> row.value().fact());
            statement.executeUpdate();
        }
    }

    /** Of the given (user, session) pairs, those already completed or deleted before. */
    public Set<UserKeyed<UUID>> seenSessions(Connection connection, List<UserKeyed<UUID>> sessions) throws SQLException {
        Set<UserKeyed<UUID>> seen = new HashSet<>();
        if (sessions.isEmpty()) {
            return seen;
        }
        String sql = "select s.user_id, s.session_id from " + tables.sessionCompleted() + " s"
                + " join unnest(?::text[], ?::uuid[]) as v(u, id) on s.user_id = v.u and s.session_id = v.id"
                + " union all select d.user_id, d.session_id from " + tables.sessionDeleted() + " d"
                + " join unnest(?::text[], ?::uuid[]) as w(u, id) on d.user_id = w.u and d.session_id = w.id";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .text(sessions, UserKeyed::userId).uuid(sessions, UserKeyed::value)
                    .text(sessions, UserKeyed::userId).uuid(sessions, UserKeyed::value);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    seen.add(new UserKeyed<>(rows.getString(1), rows.getObject(2, UUID.class)));
                }
            }
        }
        return seen;
    }

    /** Every stored fact of these users. */
    public Map<String, RawFacts> load(Connection connection, Collection<String> userIds) throws SQLException {
        Map<String, RawFacts> facts = new TreeMap<>();
        userIds.forEach(user -> facts.put(user, RawFacts.empty()));
        if (userIds.isEmpty()) {
            return facts;
        }
        String[] users = userIds.toArray(String[]::new);
        query(connection, "select user_id, plan_id, routine_id, weekly_target, time_zone, starts_on, ends_on, scheduled_on"
                + " from " + tables.planScheduled() + " where user_id = any(?)", users, rows -> facts.get(rows.getString(1))
                .scheduled().add(new PlanFact(rows.getObject(2, UUID.class), rows.getObject(3, UUID.class), rows.getInt(4),
                        ZoneId.of(rows.getString(5)), rows.getObject(6, LocalDate.class),
                        rows.getObject(7, LocalDate.class), List.of(), rows.getObject(8, LocalDate.class))));
        query(connection, "select user_id, plan_id, ends_on from " + tables.planEnded() + " where user_id = any(?)", users,
                rows -> facts.get(rows.getString(1)).endings()
                        .add(new PlanEnding(rows.getObject(2, UUID.class), rows.getObject(3, LocalDate.class))));
        query(connection, "select user_id, plan_id, pause_id, starts_on, ends_on from " + tables.planPaused()
                + " where user_id = any(?)", users, rows -> facts.get(rows.getString(1)).pauses().add(new PlanPause(
                        rows.getObject(2, UUID.class), rows.getObject(3, UUID.class), rows.getObject(4, LocalDate.class),
                        rows.getObject(5, LocalDate.class))));
        query(connection, "select user_id, plan_id, pause_id, resumed_on from " + tables.planResumed()
                + " where user_id = any(?)", users, rows -> facts.get(rows.getString(1)).resumptions().add(
                        new PauseResumption(rows.getObject(2, UUID.class), rows.getObject(3, UUID.class),
                                rows.getObject(4, LocalDate.class))));
        query(connection, "select user_id, session_id, routine_id, plan_id, completed_at, time_zone, local_date,"
                + " duration_seconds, exercises, effort, discomfort, prescription from " + tables.sessionCompleted()
                + " where user_id = any(?)", users,
                rows -> facts.get(rows.getString(1)).completed().add(new SessionFact(rows.getObject(2, UUID.class),
                        rows.getObject(3, UUID.class), rows.getObject(4, UUID.class),
                        rows.getObject(5, OffsetDateTime.class).toInstant(), ZoneId.of(rows.getString(6)),
                        rows.getObject(7, LocalDate.class), rows.getInt(8), ExerciseJson.read(rows.getString(9)),
                        rows.getObject(10, Integer.class), rows.getObject(11, Integer.class),
                        PrescriptionJson.read(rows.getString(12)))));
        query(connection, "select user_id, session_id from " + tables.sessionDeleted() + " where user_id = any(?)", users,
                rows -> facts.get(rows.getString(1)).deletedSessionIds().add(rows.getObject(2, UUID.class)));
        return facts;
    }

    private static void query(Connection connection, String sql, String[] users, Rows.Reader reader) throws SQLException {
        Rows.query(connection, sql, reader, connection.createArrayOf("text", users));
    }

    /** A fact with the id of the event that carried it. */
    public record EventFact<T>(UUID eventId, T fact) {
    }
}
