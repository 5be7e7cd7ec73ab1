package app.limber.progress.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import app.limber.progress.domain.coach.AlertLevel;

/** A coach's alerts as the API shows them, and their acknowledgement. */
@ApplicationScoped
public class CoachAlertReads {

    private static final String OPEN = "acknowledged_at is null and cleared_at is null";

    private final DataSource dataSource;

    CoachAlertReads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One recorded alert. */
    public record Alert(UUID id, String kind, String level, Instant openedAt, Instant acknowledgedAt, Instant clearedAt,
                        String clearReason, String detailJson) {
    }

    public record Page(List<Alert> items, long total) {
    }

    /** An athlete's open alerts for a coach: how many, and the highest level among them (null when none). */
    public record OpenAlerts(int count, AlertLevel maxLevel) {

        public static final OpenAlerts NONE = new OpenAlerts(0, null);
    }

    /** The coach's alerts about the athlete: open ones first, then by opening, newest first, then by id. */
    public Page list(String coachId, String athleteId, long offset, int size) {
        return ReadSnapshot.read(dataSource, connection -> {
            long[] total = new long[1];
            Rows.query(connection, "select count(*) from coach_alert where coach_id = ? and athlete_id = ?",
                    row -> total[0] = row.getLong(1), coachId, athleteId);
            List<Alert> alerts = new ArrayList<>();
            Rows.query(connection, "select id, kind, level, opened_at, acknowledged_at, cleared_at, clear_reason,"
                            + " detail::text from coach_alert where coach_id = ? and athlete_id = ?"
                            + " order by (" + OPEN + ") desc, opened_at desc, id offset ? limit ?",
                    row -> alerts.add(new Alert(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                            instant(row.getObject(4, OffsetDateTime.class)), instant(row.getObject(5, OffsetDateTime.class)),
                            instant(row.getObject(6, OffsetDateTime.class)), row.getString(7), row.getString(8))),
                    coachId, athleteId, offset, size);
            return new Page(alerts, total[0]);
        });
    }

    /** The open alerts of each of the coach's athletes; athletes with none are absent. */
    public Map<String, OpenAlerts> open(String coachId, Collection<String> athleteIds) {
        return ReadSnapshot.read(dataSource, connection -> {
            Map<String, OpenAlerts> open = new HashMap<>();
            Rows.query(connection, "select athlete_id, level, count(*) from coach_alert where coach_id = ?"
                            + " and athlete_id = any(?) and " + OPEN + " group by athlete_id, level",
                    row -> open.merge(row.getString(1), new OpenAlerts(row.getInt(3), AlertLevel.ofSlug(row.getString(2))),
                            (a, b) -> new OpenAlerts(a.count() + b.count(),
                                    a.maxLevel().compareTo(b.maxLevel()) >= 0 ? a.maxLevel() : b.maxLevel())),
                    coachId, connection.createArrayOf("text", athleteIds.toArray()));
            return open;
        });
    }

    /**
     * Marks the alert acknowledged at {@code at}, unless it already is (the first acknowledgement stands).
     *
     * @return false when the coach has no such alert about the athlete
     */
    public boolean acknowledge(String coachId, String athleteId, UUID alertId, Instant at) {
        return WriteTransaction.run(dataSource, "acknowledge an alert", connection -> {
            boolean[] found = new boolean[1];
            Rows.query(connection, "select 1 from coach_alert where id = ? and coach_id = ? and athlete_id = ? for update",
                    row -> found[0] = true, alertId, coachId, athleteId);
            if (found[0]) {
                try (var statement = connection.prepareStatement(
                        "update coach_alert set acknowledged_at = ? where id = ? and acknowledged_at is null")) {
                    statement.setTimestamp(1, Timestamp.from(at));
                    statement.setObject(2, alertId);
                    statement.executeUpdate();
                }
            }
            return found[0];
        });
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
