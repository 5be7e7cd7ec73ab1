package app.limber.progress.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import app.limber.progress.domain.coach.AlertReconciliation;
import app.limber.progress.domain.coach.CoachGrant;

/** The {@code coach_alert} rows and the sweep's {@code coach_alert_schedule}, on the caller's connection. */
public final class CoachAlertStore {

    /** An alert opened for a coach, as recorded. */
    public record Opened(UUID id, String coachId, String athleteId, String key, String kind, String level,
                         int occurrence, String detailJson, Instant openedAt) {
    }

    /** Of these athletes, those some coach may view or who still have an uncleared alert: the ones to evaluate. */
    public Set<String> watched(Connection connection, Collection<String> athleteIds) throws SQLException {
        Set<String> watched = new TreeSet<>();
        if (athleteIds.isEmpty()) {
            return watched;
        }
        Object athletes = connection.createArrayOf("text", athleteIds.toArray());
        Rows.query(connection, "select athlete_id from coach_grant where athlete_id = any(?) and not revoked"
                        + " and ? = any(scopes) union select athlete_id from coach_alert where athlete_id = any(?)"
                        + " and cleared_at is null",
                row -> watched.add(row.getString(1)), athletes, CoachGrant.VIEW_PROGRESS, athletes);
        return watched;
    }

    /** The latest occurrence of every (coach, key) of each athlete; athletes without any map to an empty list. */
    public Map<String, List<AlertReconciliation.Recorded>> latest(Connection connection, Collection<String> athleteIds)
            throws SQLException {
        Map<String, List<AlertReconciliation.Recorded>> latest = new TreeMap<>();
        athleteIds.forEach(athlete -> latest.put(athlete, new ArrayList<>()));
        if (athleteIds.isEmpty()) {
            return latest;
        }
        Rows.query(connection, "select distinct on (athlete_id, coach_id, key_text) athlete_id, id, coach_id, key_text,"
                        + " occurrence, cleared_at is not null from coach_alert where athlete_id = any(?)"
                        + " order by athlete_id, coach_id, key_text, occurrence desc",
                row -> latest.get(row.getString(1)).add(new AlertReconciliation.Recorded(row.getObject(2, UUID.class),
                        row.getString(3), row.getString(4), row.getInt(5), row.getBoolean(6))),
                connection.createArrayOf("text", athleteIds.toArray()));
        return latest;
    }

    public void insert(Connection connection, List<Opened> alerts) throws SQLException {
        if (alerts.isEmpty()) {
            return;
        }
        String sql = "insert into coach_alert (id, coach_id, athlete_id, key_text, kind, level, occurrence, detail,"
                + " opened_at) select * from unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                + " ?::int4[], ?::jsonb[], ?::timestamptz[]) on conflict do nothing";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .uuid(alerts, Opened::id)
                    .text(alerts, Opened::coachId)
                    .text(alerts, Opened::athleteId)
                    .text(alerts, Opened::key)
                    .text(alerts, Opened::kind)
                    .text(alerts, Opened::level)
                    .int4(alerts, Opened::occurrence)
                    .text(alerts, Opened::detailJson)
                    .text(alerts, Opened::openedAt);
            statement.executeUpdate();
        }
    }

    public void clear(Connection connection, List<AlertReconciliation.Clearing> clearings, Instant at)
            throws SQLException {
        if (clearings.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("update coach_alert as a set cleared_at = ?,"
                + " clear_reason = v.r from unnest(?::uuid[], ?::text[]) as v(i, r) where a.id = v.i"
                + " and a.cleared_at is null")) {
            statement.setTimestamp(1, Timestamp.from(at));
            SqlArrays.bind(connection, statement, 2)
                    .uuid(clearings, AlertReconciliation.Clearing::id)
                    .text(clearings, clearing -> clearing.reason().slug());
            statement.executeUpdate();
        }
    }

    /** Athletes due a look by {@code now}, earliest first, locked for this transaction; rows others hold are skipped. */
    public List<String> claimDue(Connection connection, Instant now, int limit) throws SQLException {
        List<String> athletes = new ArrayList<>();
        Rows.query(connection, "select athlete_id from coach_alert_schedule where due_at <= ? order by due_at"
                + " limit ? for update skip locked", row -> athletes.add(row.getString(1)), Timestamp.from(now), limit);
        return athletes;
    }

    /**
     * Puts athletes not yet on the schedule on it, due at {@code dueAt}; those already on it keep their time. Never
     * waits for a row the sweep holds (an insert that does nothing on a conflict takes no lock on the row).
     */
    public void scheduleNew(Connection connection, Collection<String> athleteIds, Instant dueAt) throws SQLException {
        if (athleteIds.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("insert into coach_alert_schedule (athlete_id,"
                + " due_at) select a, ? from unnest(?::text[]) as v(a) order by a on conflict do nothing")) {
            statement.setTimestamp(1, Timestamp.from(dueAt));
            statement.setArray(2, connection.createArrayOf("text", athleteIds.toArray()));
            statement.executeUpdate();
        }
    }

    /** Moves claimed athletes to {@code dueAt}. */
    public void reschedule(Connection connection, Collection<String> athleteIds, Instant dueAt) throws SQLException {
        if (athleteIds.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "update coach_alert_schedule set due_at = ? where athlete_id = any(?)")) {
            statement.setTimestamp(1, Timestamp.from(dueAt));
            statement.setArray(2, connection.createArrayOf("text", athleteIds.toArray()));
            statement.executeUpdate();
        }
    }

    /** Takes claimed athletes off the schedule: nobody coaches them and nothing of theirs is open. */
    public void unschedule(Connection connection, Collection<String> athleteIds) throws SQLException {
        if (athleteIds.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "delete from coach_alert_schedule where athlete_id = any(?)")) {
            statement.setArray(1, connection.createArrayOf("text", athleteIds.toArray()));
            statement.executeUpdate();
        }
    }
}
