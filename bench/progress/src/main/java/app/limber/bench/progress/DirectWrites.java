package app.limber.bench.progress;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The baseline L: the bench itself writes the rows progress-service writes for the same sessions, into twins
 * of its tables in the same database, poll-sized batch by batch, one transaction per batch, with the same
 * array-bound upserts, but with everything computed in advance and nothing read. Ingestion can approach this,
 * never beat it by much: it does the same writes plus Kafka, parsing and its per-batch reads.
 */
record DirectWrites(SyntheticLoad load, String url, String user, String password) {

    static final String[] TABLES = {"processed_event", "progress_user", "session_completed", "applied_session",
            "day_tally", "plan_week_tally", "area_volume"};

    /** Writes every session in batches of {@code batchSize}; returns sessions per second. */
    double run(int batchSize) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            try (Statement statement = connection.createStatement()) {
                for (String table : TABLES) {
                    statement.execute("drop table if exists " + table + "_bench");
                    statement.execute("create table " + table + "_bench (like " + table + " including all)");
                }
            }
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            for (int from = 0; from < load.sessions; from += batchSize) {
                writeBatch(connection, from, Math.min(load.sessions, from + batchSize));
                connection.commit();
            }
            return load.sessions / ((System.nanoTime() - started) / 1e9);
        }
    }

    private void writeBatch(Connection c, int from, int to) throws SQLException {
        int n = to - from;
        String[] users = new String[n];
        Object[] events = new Object[n];
        Object[] sessions = new Object[n];
        Object[] routines = new Object[n];
        Object[] plans = new Object[n];
        String[] completed = new String[n];
        String[] zones = new String[n];
        String[] dates = new String[n];
        Integer[] durations = new Integer[n];
        String[] exercises = new String[n];
        String[] weeks = new String[n];
        Object[] attributed = new Object[n];
        String[] topics = new String[n];
        Map<String, long[]> days = new TreeMap<>();
        Map<String, int[]> planWeeks = new TreeMap<>();
        Map<String, long[]> areas = new TreeMap<>();
        Map<String, String[]> latest = new TreeMap<>();
        for (int k = 0; k < n; k++) {
            int i = from + k;
            int u = load.sessionUser[i];
            users[k] = SyntheticLoad.user(u);
            events[k] = load.eventId[i];
            sessions[k] = load.sessionId[i];
            routines[k] = load.routineOf(u);
            plans[k] = load.namesPlan[i] ? load.plan[u] : null;
            completed[k] = Instant.ofEpochSecond(load.completedAt[i]).toString();
            zones[k] = SyntheticLoad.zone(u).getId();
            LocalDate day = load.localDate(i);
            dates[k] = day.toString();
            durations[k] = load.duration[i];
            exercises[k] = EXERCISE_JSON;
            topics[k] = "routine.session-events";
            LocalDate week = day.with(DayOfWeek.MONDAY);
            LocalDate firstWeek = load.planStart.with(DayOfWeek.MONDAY);
            boolean counts = !week.isBefore(firstWeek);
            attributed[k] = counts ? load.plan[u] : null;
            weeks[k] = counts ? week.toString() : null;
            days.merge(users[k] + "|" + day, new long[] {1, load.duration[i]}, (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            if (counts) {
                int target = week.equals(firstWeek) ? firstWeekTarget(u) : SyntheticLoad.weeklyTarget(u);
                planWeeks.merge(load.plan[u] + "|" + week + "|" + users[k], new int[] {1, target},
                        (a, b) -> new int[] {a[0] + b[0], a[1]});
            }
            for (String area : AREAS.keySet()) {
                long[] v = AREAS.get(area);
                areas.merge(users[k] + "|" + area, new long[] {1, v[0], v[1], v[2]},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]});
            }
            latest.merge(users[k], new String[] {completed[k], zones[k]}, (a, b) -> a[0].compareTo(b[0]) >= 0 ? a : b);
        }
        exec(c, "insert into processed_event_bench (event_id, topic) select e, t from unnest(?::uuid[], ?::text[]) as v(e, t)"
                + " order by e on conflict do nothing", arr(c, "uuid", events), arr(c, "text", topics));
        exec(c, "insert into progress_user_bench as p (user_id) select u from unnest(?::text[]) as v(u) order by u"
                + " on conflict (user_id) do update set user_id = p.user_id", arr(c, "text", new TreeSet<>(List.of(users)).toArray()));
        exec(c, "insert into session_completed_bench (event_id, user_id, session_id, routine_id, plan_id, completed_at,"
                        + " time_zone, local_date, duration_seconds, exercises) select * from unnest(?::uuid[], ?::text[],"
                        + " ?::uuid[], ?::uuid[], ?::uuid[], ?::timestamptz[], ?::text[], ?::date[], ?::int4[], ?::jsonb[])"
                        + " on conflict do nothing", arr(c, "uuid", events), arr(c, "text", users), arr(c, "uuid", sessions),
                arr(c, "uuid", routines), arr(c, "uuid", plans), arr(c, "text", completed), arr(c, "text", zones),
                arr(c, "text", dates), arr(c, "int4", durations), arr(c, "text", exercises));
        exec(c, "insert into applied_session_bench (user_id, session_id, local_date, duration_seconds, plan_id, plan_week)"
                        + " select * from unnest(?::text[], ?::uuid[], ?::date[], ?::int4[], ?::uuid[], ?::date[])",
                arr(c, "text", users), arr(c, "uuid", sessions), arr(c, "text", dates), arr(c, "int4", durations),
                arr(c, "uuid", attributed), arr(c, "text", weeks));
        List<String[]> dayKeys = split(days.keySet());
        exec(c, "insert into day_tally_bench as t (user_id, day, sessions, duration_seconds) select * from unnest(?::text[],"
                        + " ?::date[], ?::int4[], ?::int8[]) on conflict (user_id, day) do update set sessions = t.sessions"
                        + " + excluded.sessions, duration_seconds = t.duration_seconds + excluded.duration_seconds",
                arr(c, "text", column(dayKeys, 0)), arr(c, "text", column(dayKeys, 1)),
                arr(c, "int4", days.values().stream().map(v -> (int) v[0]).toArray()),
                arr(c, "int8", days.values().stream().map(v -> v[1]).toArray()));
        List<String[]> weekKeys = split(planWeeks.keySet());
        exec(c, "insert into plan_week_tally_bench as t (plan_id, week_start, user_id, done, target) select * from"
                        + " unnest(?::uuid[], ?::date[], ?::text[], ?::int4[], ?::int4[]) on conflict (plan_id, week_start)"
                        + " do update set done = t.done + excluded.done",
                arr(c, "uuid", weekKeys.stream().map(k -> UUID.fromString(k[0])).toArray()), arr(c, "text", column(weekKeys, 1)),
                arr(c, "text", column(weekKeys, 2)), arr(c, "int4", planWeeks.values().stream().map(v -> v[0]).toArray()),
                arr(c, "int4", planWeeks.values().stream().map(v -> v[1]).toArray()));
        List<String[]> areaKeys = split(areas.keySet());
        exec(c, "insert into area_volume_bench as t (user_id, area, sessions, sets, reps, hold_seconds) select * from"
                        + " unnest(?::text[], ?::text[], ?::int4[], ?::int8[], ?::int8[], ?::int8[]) on conflict (user_id, area)"
                        + " do update set sessions = t.sessions + excluded.sessions, sets = t.sets + excluded.sets,"
                        + " reps = t.reps + excluded.reps, hold_seconds = t.hold_seconds + excluded.hold_seconds",
                arr(c, "text", column(areaKeys, 0)), arr(c, "text", column(areaKeys, 1)),
                arr(c, "int4", areas.values().stream().map(v -> (int) v[0]).toArray()),
                arr(c, "int8", areas.values().stream().map(v -> v[1]).toArray()),
                arr(c, "int8", areas.values().stream().map(v -> v[2]).toArray()),
                arr(c, "int8", areas.values().stream().map(v -> v[3]).toArray()));
        exec(c, "update progress_user_bench as p set latest_session_at = v.at, latest_session_zone = v.zone from"
                        + " unnest(?::text[], ?::timestamptz[], ?::text[]) as v(u, at, zone) where p.user_id = v.u and"
                        + " (p.latest_session_at is null or p.latest_session_at < v.at)",
                arr(c, "text", latest.keySet().toArray()), arr(c, "text", latest.values().stream().map(v -> v[0]).toArray()),
                arr(c, "text", latest.values().stream().map(v -> v[1]).toArray()));
    }

    private int firstWeekTarget(int u) {
        long days = ChronoUnit.DAYS.between(load.planStart, load.planStart.with(DayOfWeek.SUNDAY)) + 1;
        return Math.max(1, (int) ((2 * SyntheticLoad.weeklyTarget(u) * days + 7) / 14));
    }

    private static final String EXERCISE_JSON = "[{\"areas\":[\"glutes\",\"abductors\",\"hips\"],\"sets\":3,\"reps\":15,\"hold\":0},"
            + "{\"areas\":[\"glutes\",\"hips\",\"hip-flexors\"],\"sets\":1,\"reps\":0,\"hold\":60},"
            + "{\"areas\":[\"glutes\",\"hamstrings\",\"core\"],\"sets\":2,\"reps\":12,\"hold\":3}]";

    /** Per area: sets, reps, hold seconds of one bench session (see SyntheticLoad.EXERCISES). */
    private static final Map<String, long[]> AREAS = new TreeMap<>(Map.of(
            "glutes", new long[] {6, 69, 66}, "abductors", new long[] {3, 45, 0}, "hips", new long[] {4, 45, 60},
            "hip-flexors", new long[] {1, 0, 60}, "hamstrings", new long[] {2, 24, 6}, "core", new long[] {2, 24, 6}));

    private static List<String[]> split(java.util.Set<String> keys) {
        List<String[]> parts = new ArrayList<>();
        keys.forEach(key -> parts.add(key.split("\\|")));
        return parts;
    }

    private static Object[] column(List<String[]> rows, int index) {
        return rows.stream().map(row -> row[index]).toArray();
    }

    private static java.sql.Array arr(Connection c, String type, Object[] values) throws SQLException {
        return c.createArrayOf(type, values);
    }

    private static void exec(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
