package app.limber.progress.persistence;

import app.limber.progress.domain.milestone.NudgePreferences;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Users' nudge preferences; a user who never set them has {@link NudgePreferences#DEFAULTS}. */
@ApplicationScoped
public class NudgePreferencesStore {

    private static final String COLUMNS = "user_id, week_at_risk, week_missed, inactive, celebrations, nudge_hour, "
            + "quiet_start, quiet_end, max_nudges_per_day";

    private final DataSource dataSource;

    NudgePreferencesStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public NudgePreferences of(String userId) {
        return of(List.of(userId)).get(userId);
    }

    /** Every given user's preferences, the defaults for those who never set any. */
    public Map<String, NudgePreferences> of(Collection<String> userIds) {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection, userIds);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read nudge preferences", e);
        }
    }

    /** {@link #of(Collection)} on the caller's connection, in its transaction. */
    public Map<String, NudgePreferences> of(Connection connection, Collection<String> userIds) throws SQLException {
        Map<String, NudgePreferences> all = new HashMap<>();
        userIds.forEach(user -> all.put(user, NudgePreferences.DEFAULTS));
        Rows.query(connection, "select " + COLUMNS + " from nudge_preferences where user_id = any(?)",
                row -> all.put(row.getString(1), new NudgePreferences(row.getBoolean(2), row.getBoolean(3),
                        row.getBoolean(4), row.getBoolean(5), row.getInt(6), time(row.getTime(7)),
                        time(row.getTime(8)), row.getInt(9))),
                connection.createArrayOf("text", userIds.toArray()));
        return all;
    }

    /**
     * Replaces the user's preferences and has the nudge sweep look at them again now (their nudge hour may move). Holds
     * the user's row as a batch does, so that a sweep at work on the user finishes first and this look is not lost.
     */
    public void save(String userId, NudgePreferences preferences, Instant now) {
        String sql = "insert into nudge_preferences (" + COLUMNS + ", updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (user_id) do update set week_at_risk = excluded.week_at_risk, "
                + "week_missed = excluded.week_missed, inactive = excluded.inactive, "
                + "celebrations = excluded.celebrations, nudge_hour = excluded.nudge_hour, "
                + "quiet_start = excluded.quiet_start, quiet_end = excluded.quiet_end, "
                + "max_nudges_per_day = excluded.max_nudges_per_day, updated_at = excluded.updated_at";
        WriteTransaction.run(dataSource, "save nudge preferences", connection -> {
            new RollupStore(Tables.LIVE).lockUsers(connection, List.of(userId));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, userId);
                statement.setBoolean(2, preferences.weekAtRisk());
                statement.setBoolean(3, preferences.weekMissed());
                statement.setBoolean(4, preferences.inactive());
                statement.setBoolean(5, preferences.celebrations());
                statement.setInt(6, preferences.nudgeHour());
                statement.setObject(7, preferences.quietStart());
                statement.setObject(8, preferences.quietEnd());
                statement.setInt(9, preferences.maxNudgesPerDay());
                statement.setTimestamp(10, Timestamp.from(now));
                statement.executeUpdate();
            }
            new NudgeSchedule().lookSoon(connection, List.of(userId), now);
            return null;
        });
    }

    private static LocalTime time(Time time) {
        return time == null ? null : time.toLocalTime();
    }
}
