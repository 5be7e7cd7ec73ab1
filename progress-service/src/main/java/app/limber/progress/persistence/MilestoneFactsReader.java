package app.limber.progress.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import app.limber.progress.domain.DayTally;
import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanWeekTally;
import app.limber.progress.domain.milestone.MilestoneFacts;

/**
 * What the milestone rules read of their users: the rows {@code GET /progress/me} is computed from (plans, plan-week
 * tallies, days with sessions), read by a batch on its connection after it wrote their rollups, and for a sweep also
 * the zone of the user's latest session, for their "today" (a batch knows that zone itself). One statement per table
 * for all the users.
 */
public final class MilestoneFactsReader {

    private final Tables tables;
    private final RollupStore rollups;

    public MilestoneFactsReader(Tables tables) {
        this.tables = tables;
        this.rollups = new RollupStore(tables);
    }

    /** A user's milestone facts, and the zone of their latest session (null before any). */
    public record StoredFacts(MilestoneFacts facts, ZoneId latestSessionZone) {
    }

    /** Every user present, with every plan-week and every day with a session: what celebrations read. */
    public Map<String, MilestoneFacts> read(Connection connection, Collection<String> userIds) throws SQLException {
        return read(connection, userIds, null);
    }

    /**
     * Every user present, as the nudge rules read them ({@link MilestoneFacts#forNudges}): the plan-weeks from
     * {@code windowStart} on and only the latest day with a session, so that a sweep reads a few rows a user however
     * long their history.
     */
    public Map<String, StoredFacts> readForNudges(Connection connection, Collection<String> userIds,
                                                  LocalDate windowStart) throws SQLException {
        Map<String, MilestoneFacts> facts = read(connection, userIds, windowStart);
        Map<String, ZoneId> zones = latestSessionZones(connection, userIds);
        Map<String, StoredFacts> stored = new TreeMap<>();
        facts.forEach((user, userFacts) -> stored.put(user, new StoredFacts(userFacts, zones.get(user))));
        return stored;
    }

    /**
     * Every user of {@code starts}, as a {@link app.limber.progress.domain.milestone.CelebrationWindow} reads them
     * ({@link MilestoneFacts#since}): their {@code plans}, and the plan-week tallies and days with sessions from their
     * start on.
     */
    public Map<String, MilestoneFacts> readSince(Connection connection, Map<String, List<PlanFact>> plans,
                                                 Map<String, LocalDate> starts) throws SQLException {
        Map<String, MilestoneFacts> facts = new TreeMap<>();
        if (starts.isEmpty()) {
            return facts;
        }
        Map<String, List<PlanWeekTally>> weeks = new TreeMap<>();
        Map<String, List<DayTally>> days = new TreeMap<>();
        starts.keySet().forEach(user -> {
            weeks.put(user, new ArrayList<>());
            days.put(user, new ArrayList<>());
        });
        List<Map.Entry<String, LocalDate>> windows = List.copyOf(starts.entrySet());
        // one index range per user (offset 0 keeps the planner from flattening the lateral into a hash join over a scan
        // of the whole table, which it prefers when a poll holds a fifth of the users)
        query(connection, "select w.u, t.plan_id, t.week_start, t.done, t.target from unnest(?::text[], ?::date[])"
                + " as w(u, s) cross join lateral (select plan_id, week_start, done, target from " + tables.planWeekTally()
                + " where user_id = w.u and week_start >= w.s offset 0) t", windows,
                row -> weeks.get(row.getString(1)).add(new PlanWeekTally(row.getObject(2, UUID.class),
                        IsoWeek.of(row.getObject(3, LocalDate.class)), row.getInt(4), row.getInt(5))));
        query(connection, "select w.u, t.day from unnest(?::text[], ?::date[]) as w(u, s) cross join lateral (select day"
                + " from " + tables.dayTally() + " where user_id = w.u and day >= w.s and sessions > 0 offset 0) t", windows,
                row -> days.get(row.getString(1)).add(new DayTally(row.getObject(2, LocalDate.class), 1, 0)));
        for (String user : starts.keySet()) {
            facts.put(user, new MilestoneFacts(user, plans.get(user), weeks.get(user), days.get(user)));
        }
        return facts;
    }

    /** The zone of each of these users' latest session, for their "today": users without one are absent. */
    private Map<String, ZoneId> latestSessionZones(Connection connection, Collection<String> userIds)
            throws SQLException {
        Map<String, ZoneId> zones = new TreeMap<>();
        Rows.query(connection, "select user_id, latest_session_zone from " + tables.user()
                        + " where user_id = any(?) and latest_session_zone is not null",
                row -> zones.put(row.getString(1), ZoneId.of(row.getString(2))),
                connection.createArrayOf("text", userIds.toArray()));
        return zones;
    }

    private static void query(Connection connection, String sql, List<Map.Entry<String, LocalDate>> windows,
                              Rows.Reader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .text(windows, Map.Entry::getKey)
                    .text(windows, Map.Entry::getValue);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    private Map<String, MilestoneFacts> read(Connection connection, Collection<String> userIds, LocalDate windowStart)
            throws SQLException {
        Map<String, MilestoneFacts> facts = new TreeMap<>();
        if (userIds.isEmpty()) {
            return facts;
        }
        Map<String, List<PlanFact>> plans = rollups.plans(connection, userIds);
        Map<String, List<PlanWeekTally>> weeks = new TreeMap<>();
        Map<String, List<DayTally>> days = new TreeMap<>();
        userIds.forEach(user -> {
            weeks.put(user, new ArrayList<>());
            days.put(user, new ArrayList<>());
        });
        Array users = connection.createArrayOf("text", userIds.toArray());
        Rows.Reader weekRow = row -> weeks.get(row.getString(1)).add(new PlanWeekTally(row.getObject(2, UUID.class),
                IsoWeek.of(row.getObject(3, LocalDate.class)), row.getInt(4), row.getInt(5)));
        String weekColumns = "select user_id, plan_id, week_start, done, target from " + tables.planWeekTally()
                + " where user_id = any(?)";
        if (windowStart == null) {
            Rows.query(connection, weekColumns, weekRow, users);
            readEveryActiveDay(connection, users, days);
        } else {
            Rows.query(connection, weekColumns + " and week_start >= ?", weekRow, users, windowStart);
            // each user's latest active day from the end of their index range, not from all their days
            Rows.query(connection, "select u, d.day from unnest(?::text[]) as v(u) cross join lateral (select day from "
                            + tables.dayTally() + " where user_id = v.u and sessions > 0 order by day desc limit 1) d",
                    row -> days.get(row.getString(1)).add(new DayTally(row.getObject(2, LocalDate.class), 1, 0)), users);
        }
        for (String user : userIds) {
            facts.put(user, new MilestoneFacts(user, plans.get(user), weeks.get(user), days.get(user)));
        }
        return facts;
    }

    private void readEveryActiveDay(Connection connection, Array users, Map<String, List<DayTally>> days)
            throws SQLException {
        // one row per user: a year of days is one array rather than 365 rows
        Rows.query(connection, "select user_id, array_agg(day - date '1970-01-01'), array_agg(sessions) from "
                        + tables.dayTally() + " where user_id = any(?) and sessions > 0 group by user_id",
                row -> {
                    List<DayTally> active = days.get(row.getString(1));
                    Object[] epochDays = (Object[]) row.getArray(2).getArray();
                    Object[] sessions = (Object[]) row.getArray(3).getArray();
                    for (int i = 0; i < epochDays.length; i++) {
                        // durations play no part in milestones
                        active.add(new DayTally(LocalDate.ofEpochDay(((Number) epochDays[i]).longValue()),
                                ((Number) sessions[i]).intValue(), 0));
                    }
                }, users);
    }
}
