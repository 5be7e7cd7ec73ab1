package app.limber.bench.progress;

import java.math.BigDecimal;
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
import java.util.HashMap;
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
            "day_tally", "plan_week_tally", "area_volume", "session_analysis", "session_item_outcome",
            "session_exercise_outcome", "item_week_rollup", "exercise_week_rollup", "adherence_target_histogram",
            "adherence_routine_histogram", "cohort_met"};

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
            Map<String, Integer> doneByPlanWeek = new HashMap<>();
            for (int from = 0; from < load.sessions; from += batchSize) {
                writeBatch(connection, from, Math.min(load.sessions, from + batchSize), doneByPlanWeek);
                connection.commit();
            }
            return load.sessions / ((System.nanoTime() - started) / 1e9);
        }
    }

    /**
     * Each bench session's analysis (see SyntheticLoad.PRESCRIPTION): every item completed, doses 1.0, 1.0 and
     * (2/3 + 1 + 1) / 3 for the bridge a set short, dropping off at the last item.
     */
    private static final String[] SLUGS = {"clamshells", "half-pigeon", "glute-bridge"};
    private static final BigDecimal[] DOSES = {new BigDecimal("1.0000"), new BigDecimal("1.0000"), new BigDecimal("0.8889")};

    private void writeBatch(Connection c, int from, int to, Map<String, Integer> doneByPlanWeek) throws SQLException {
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
        String[] analysisWeeks = new String[n];
        Map<String, long[]> itemWeeks = new TreeMap<>();
        Map<String, long[]> exerciseWeeks = new TreeMap<>();
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
            analysisWeeks[k] = week.toString();
            for (int item = 0; item < SLUGS.length; item++) {
                long dose = DOSES[item].movePointRight(4).longValueExact();
                itemWeeks.merge(routines[k] + "|" + week + "|" + (item + 1) + "|" + SLUGS[item],
                        new long[] {1, 1, 0, dose, 1, item == SLUGS.length - 1 ? 1 : 0}, DirectWrites::plus);
                exerciseWeeks.merge(week + "|" + SLUGS[item] + "|" + routines[k],
                        new long[] {1, 1, 0, dose, 1, 6, 1, 0, 0}, DirectWrites::plus);
            }
        }
        // the adherence histograms (per weekly target and per routine) move each plan-week that gained sessions from its
        // old bucket to its new one; one that reaches its target counts in its cohort, of its routine and of all
        Map<String, Long> buckets = new TreeMap<>();
        Map<String, Long> routineBuckets = new TreeMap<>();
        Map<String, Long> cohortsMet = new TreeMap<>();
        LocalDate firstWeek = load.planStart.with(DayOfWeek.MONDAY);
        planWeeks.forEach((key, doneAndTarget) -> {
            String[] parts = key.split("\\|");
            int u = Integer.parseInt(parts[2].substring(parts[2].lastIndexOf('-') + 1));
            int before = doneByPlanWeek.getOrDefault(key, 0);
            int after = before + doneAndTarget[0];
            doneByPlanWeek.put(key, after);
            int target = doneAndTarget[1];
            String prefix = parts[1] + "|" + SyntheticLoad.weeklyTarget(u) + "|";
            String routinePrefix = load.routineOf(u) + "|" + parts[1] + "|";
            if (before > 0) {
                buckets.merge(prefix + Math.min(before, target) + "|" + target, -1L, Long::sum);
                routineBuckets.merge(routinePrefix + Math.min(before, target) + "|" + target, -1L, Long::sum);
            }
            buckets.merge(prefix + Math.min(after, target) + "|" + target, 1L, Long::sum);
            routineBuckets.merge(routinePrefix + Math.min(after, target) + "|" + target, 1L, Long::sum);
            if (before < target && after >= target) {
                long weekOfLife = ChronoUnit.WEEKS.between(firstWeek, LocalDate.parse(parts[1])) + 1;
                cohortsMet.merge(load.routineOf(u) + "|" + firstWeek + "|" + weekOfLife, 1L, Long::sum);
                cohortsMet.merge(new UUID(0, 0) + "|" + firstWeek + "|" + weekOfLife, 1L, Long::sum);
            }
        });
        exec(c, "insert into processed_event_bench (event_id, topic) select e, t from unnest(?::uuid[], ?::text[]) as v(e, t)"
                + " order by e on conflict do nothing", arr(c, "uuid", events), arr(c, "text", topics));
        exec(c, "insert into progress_user_bench as p (user_id) select u from unnest(?::text[]) as v(u) order by u"
                + " on conflict (user_id) do update set user_id = p.user_id", arr(c, "text", new TreeSet<>(List.of(users)).toArray()));
        exec(c, "insert into session_completed_bench (event_id, user_id, session_id, routine_id, plan_id, completed_at,"
                        + " time_zone, local_date, duration_seconds, exercises, effort, prescription) select * from"
                        + " unnest(?::uuid[], ?::text[], ?::uuid[], ?::uuid[], ?::uuid[], ?::timestamptz[], ?::text[],"
                        + " ?::date[], ?::int4[], ?::jsonb[], ?::int4[], ?::jsonb[]) on conflict do nothing",
                arr(c, "uuid", events), arr(c, "text", users), arr(c, "uuid", sessions),
                arr(c, "uuid", routines), arr(c, "uuid", plans), arr(c, "text", completed), arr(c, "text", zones),
                arr(c, "text", dates), arr(c, "int4", durations), arr(c, "text", exercises),
                arr(c, "int4", java.util.Collections.nCopies(n, 6).toArray()),
                arr(c, "text", java.util.Collections.nCopies(n, PRESCRIPTION_JSON).toArray()));
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
        writeAnalyses(c, users, sessions, routines, analysisWeeks, itemWeeks, exerciseWeeks, buckets);
        writeRoutineRollups(c, routineBuckets, cohortsMet);
        exec(c, "update progress_user_bench as p set latest_session_at = v.at, latest_session_zone = v.zone from"
                        + " unnest(?::text[], ?::timestamptz[], ?::text[]) as v(u, at, zone) where p.user_id = v.u and"
                        + " (p.latest_session_at is null or p.latest_session_at < v.at)",
                arr(c, "text", latest.keySet().toArray()), arr(c, "text", latest.values().stream().map(v -> v[0]).toArray()),
                arr(c, "text", latest.values().stream().map(v -> v[1]).toArray()));
    }

    private static long[] plus(long[] a, long[] b) {
        long[] sum = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    private static void writeAnalyses(Connection c, String[] users, Object[] sessions, Object[] routines, String[] weeks,
                                      Map<String, long[]> itemWeeks, Map<String, long[]> exerciseWeeks,
                                      Map<String, Long> buckets) throws SQLException {
        int n = users.length;
        exec(c, "insert into session_analysis_bench (user_id, session_id, routine_id, week_start) select * from"
                        + " unnest(?::text[], ?::uuid[], ?::uuid[], ?::date[])", arr(c, "text", users),
                arr(c, "uuid", sessions), arr(c, "uuid", routines), arr(c, "text", weeks));
        Object[] outcomeUsers = new Object[3 * n];
        Object[] outcomeSessions = new Object[3 * n];
        Object[] positions = new Object[3 * n];
        Object[] slugs = new Object[3 * n];
        Object[] doses = new Object[3 * n];
        Object[] dropOffs = new Object[3 * n];
        Object[] completed = new Object[3 * n];
        Object[] efforts = new Object[3 * n];
        for (int k = 0; k < n; k++) {
            for (int item = 0; item < SLUGS.length; item++) {
                int row = 3 * k + item;
                outcomeUsers[row] = users[k];
                outcomeSessions[row] = sessions[k];
                positions[row] = item + 1;
                slugs[row] = SLUGS[item];
                doses[row] = DOSES[item];
                dropOffs[row] = item == SLUGS.length - 1;
                completed[row] = true;
                efforts[row] = 6;
            }
        }
        exec(c, "insert into session_item_outcome_bench (user_id, session_id, position, exercise_slug, completed, dose,"
                        + " drop_off) select * from unnest(?::text[], ?::uuid[], ?::int4[], ?::text[], ?::bool[], ?::numeric[],"
                        + " ?::bool[])", arr(c, "text", outcomeUsers), arr(c, "uuid", outcomeSessions),
                arr(c, "int4", positions), arr(c, "text", slugs), arr(c, "bool", completed), arr(c, "numeric", doses),
                arr(c, "bool", dropOffs));
        exec(c, "insert into session_exercise_outcome_bench (user_id, session_id, exercise_slug, completed, dose, effort,"
                        + " discomfort) select u, s, e, c, d, f, null from unnest(?::text[], ?::uuid[], ?::text[], ?::bool[],"
                        + " ?::numeric[], ?::int4[]) as v(u, s, e, c, d, f)", arr(c, "text", outcomeUsers),
                arr(c, "uuid", outcomeSessions), arr(c, "text", slugs), arr(c, "bool", completed),
                arr(c, "numeric", doses), arr(c, "int4", efforts));
        List<String[]> itemKeys = split(itemWeeks.keySet());
        List<long[]> items = new ArrayList<>(itemWeeks.values());
        exec(c, "insert into item_week_rollup_bench as r (routine_id, week_start, position, exercise_slug, sessions,"
                        + " completed, skipped, dose_sum, dose_count, drop_offs) select r, w, p, e, s, c, k, d / 10000.0, n, o"
                        + " from unnest(?::uuid[], ?::date[], ?::int4[], ?::text[], ?::int8[], ?::int8[], ?::int8[], ?::int8[],"
                        + " ?::int8[], ?::int8[]) as v(r, w, p, e, s, c, k, d, n, o) on conflict (routine_id, week_start,"
                        + " position, exercise_slug) do update set sessions = r.sessions + excluded.sessions, completed ="
                        + " r.completed + excluded.completed, skipped = r.skipped + excluded.skipped, dose_sum = r.dose_sum"
                        + " + excluded.dose_sum, dose_count = r.dose_count + excluded.dose_count, drop_offs = r.drop_offs"
                        + " + excluded.drop_offs",
                arr(c, "uuid", itemKeys.stream().map(key -> UUID.fromString(key[0])).toArray()),
                arr(c, "text", column(itemKeys, 1)), arr(c, "int4", itemKeys.stream().map(key -> Integer.valueOf(key[2])).toArray()),
                arr(c, "text", column(itemKeys, 3)), longs(c, items, 0), longs(c, items, 1), longs(c, items, 2),
                longs(c, items, 3), longs(c, items, 4), longs(c, items, 5));
        List<String[]> exerciseKeys = split(exerciseWeeks.keySet());
        List<long[]> exercises = new ArrayList<>(exerciseWeeks.values());
        exec(c, "insert into exercise_week_rollup_bench as r (week_start, exercise_slug, routine_id, sessions, completed,"
                        + " skipped, dose_sum, dose_count, effort_sum, effort_count, discomfort_sum, discomfort_count)"
                        + " select w, e, r, s, c, k, d / 10000.0, n, f, g, h, i from unnest(?::date[], ?::text[], ?::uuid[],"
                        + " ?::int8[], ?::int8[], ?::int8[], ?::int8[], ?::int8[], ?::int8[], ?::int8[], ?::int8[], ?::int8[])"
                        + " as v(w, e, r, s, c, k, d, n, f, g, h, i) on conflict (week_start, exercise_slug, routine_id) do"
                        + " update set sessions = r.sessions + excluded.sessions, completed = r.completed + excluded.completed,"
                        + " skipped = r.skipped + excluded.skipped, dose_sum = r.dose_sum + excluded.dose_sum, dose_count ="
                        + " r.dose_count + excluded.dose_count, effort_sum = r.effort_sum + excluded.effort_sum,"
                        + " effort_count = r.effort_count + excluded.effort_count, discomfort_sum = r.discomfort_sum"
                        + " + excluded.discomfort_sum, discomfort_count = r.discomfort_count + excluded.discomfort_count",
                arr(c, "text", column(exerciseKeys, 0)), arr(c, "text", column(exerciseKeys, 1)),
                arr(c, "uuid", exerciseKeys.stream().map(key -> UUID.fromString(key[2])).toArray()),
                longs(c, exercises, 0), longs(c, exercises, 1), longs(c, exercises, 2), longs(c, exercises, 3),
                longs(c, exercises, 4), longs(c, exercises, 5), longs(c, exercises, 6), longs(c, exercises, 7),
                longs(c, exercises, 8));
        List<String[]> bucketKeys = split(buckets.keySet());
        exec(c, "insert into adherence_target_histogram_bench as h (week_start, weekly_target, done, target, plans)"
                        + " select * from unnest(?::date[], ?::int4[], ?::int4[], ?::int4[], ?::int8[]) on conflict"
                        + " (week_start, weekly_target, done, target) do update set plans = h.plans + excluded.plans",
                arr(c, "text", column(bucketKeys, 0)),
                arr(c, "int4", bucketKeys.stream().map(key -> Integer.valueOf(key[1])).toArray()),
                arr(c, "int4", bucketKeys.stream().map(key -> Integer.valueOf(key[2])).toArray()),
                arr(c, "int4", bucketKeys.stream().map(key -> Integer.valueOf(key[3])).toArray()),
                arr(c, "int8", buckets.values().toArray()));
    }

    /** The per-routine adherence histogram's moves and the cohort counters of plan-weeks that reached their target. */
    private static void writeRoutineRollups(Connection c, Map<String, Long> routineBuckets, Map<String, Long> cohortsMet)
            throws SQLException {
        List<String[]> routineBucketKeys = split(routineBuckets.keySet());
        exec(c, "insert into adherence_routine_histogram_bench as h (routine_id, week_start, done, target, plans)"
                        + " select * from unnest(?::uuid[], ?::date[], ?::int4[], ?::int4[], ?::int8[]) on conflict"
                        + " (routine_id, week_start, done, target) do update set plans = h.plans + excluded.plans",
                arr(c, "uuid", routineBucketKeys.stream().map(key -> UUID.fromString(key[0])).toArray()),
                arr(c, "text", column(routineBucketKeys, 1)),
                arr(c, "int4", routineBucketKeys.stream().map(key -> Integer.valueOf(key[2])).toArray()),
                arr(c, "int4", routineBucketKeys.stream().map(key -> Integer.valueOf(key[3])).toArray()),
                arr(c, "int8", routineBuckets.values().toArray()));
        if (!cohortsMet.isEmpty()) {
            List<String[]> cohortKeys = split(cohortsMet.keySet());
            exec(c, "insert into cohort_met_bench as m (routine_id, first_week, week_of_life, plans)"
                            + " select * from unnest(?::uuid[], ?::date[], ?::int4[], ?::int8[]) on conflict"
                            + " (routine_id, first_week, week_of_life) do update set plans = m.plans + excluded.plans",
                    arr(c, "uuid", cohortKeys.stream().map(key -> UUID.fromString(key[0])).toArray()),
                    arr(c, "text", column(cohortKeys, 1)),
                    arr(c, "int4", cohortKeys.stream().map(key -> Integer.valueOf(key[2])).toArray()),
                    arr(c, "int8", cohortsMet.values().toArray()));
        }
    }

    private static java.sql.Array longs(Connection c, List<long[]> rows, int index) throws SQLException {
        return arr(c, "int8", rows.stream().map(row -> row[index]).toArray());
    }

    private int firstWeekTarget(int u) {
        long days = ChronoUnit.DAYS.between(load.planStart, load.planStart.with(DayOfWeek.SUNDAY)) + 1;
        return Math.max(1, (int) ((2 * SyntheticLoad.weeklyTarget(u) * days + 7) / 14));
    }

    private static final String EXERCISE_JSON = "[{\"areas\":[\"glutes\",\"abductors\",\"hips\"],\"sets\":3,\"reps\":15,\"hold\":0,"
            + "\"slug\":\"clamshells\",\"side\":\"both\",\"done\":true,\"item\":1},"
            + "{\"areas\":[\"glutes\",\"hips\",\"hip-flexors\"],\"sets\":1,\"reps\":0,\"hold\":60,"
            + "\"slug\":\"half-pigeon\",\"side\":\"both\",\"done\":true,\"item\":2},"
            + "{\"areas\":[\"glutes\",\"hamstrings\",\"core\"],\"sets\":2,\"reps\":12,\"hold\":3,"
            + "\"slug\":\"glute-bridge\",\"side\":\"both\",\"done\":true,\"item\":3}]";
    /** The prescription as progress stores it. */
    private static final String PRESCRIPTION_JSON = "{\"rounds\":[1,1],\"items\":[{\"position\":1,\"slug\":\"clamshells\","
            + "\"perSide\":true,\"sets\":[3,3],\"reps\":[15,20]},{\"position\":2,\"slug\":\"half-pigeon\",\"perSide\":true,"
            + "\"sets\":[1,1],\"holdSeconds\":[60,90]},{\"position\":3,\"slug\":\"glute-bridge\",\"perSide\":false,"
            + "\"sets\":[3,3],\"reps\":[12,15],\"holdSeconds\":[3,5]}]}";

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
