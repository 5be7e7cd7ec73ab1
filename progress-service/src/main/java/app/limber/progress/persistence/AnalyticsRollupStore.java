package app.limber.progress.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanWeekRule;
import app.limber.progress.domain.PlanWeekTally;
import app.limber.progress.domain.UserRollup;
import app.limber.progress.domain.analytics.ExerciseOutcome;
import app.limber.progress.domain.analytics.ItemOutcome;
import app.limber.progress.domain.analytics.SessionAnalysis;

/**
 * The analytics rollups, kept in the consumer's transaction.
 *
 * <ul>
 *   <li>Item and exercise counters per ISO week come from the per-session analysis rows: replacing a session's analysis
 *       subtracts what its stored rows added and adds what the new ones add, so a deleted or re-sent session leaves the
 *       counters exactly as if it had never been, or had always been, as it is.</li>
 *   <li>The adherence histograms per (week, weekly target) and per (week, routine) and the active-plan changes follow
 *       the user's plan-week rows: the caller subtracts a user's contribution before it rewrites their rows and adds it
 *       back after. So do the cohorts' sizes and met counters per (routine, first week, week of life), each kept once
 *       more for all routines under {@link #ALL_ROUTINES}.</li>
 * </ul>
 * A counter row that comes back to zero is deleted, so the tables equal a replay row for row, however the events were
 * batched. Rows are written in key order, so that two instances wait for each other instead of deadlocking.
 */
public final class AnalyticsRollupStore {

    /** The routine id under which the cohort rollups keep the sum over every routine. */
    public static final UUID ALL_ROUTINES = new UUID(0, 0);
    private static final String EACH_ROUTINE_AND_ALL = " cross join lateral (values (p.routine_id), ('" + ALL_ROUTINES
            + "'::uuid)) as r(routine_id)";

    private final Tables tables;

    public AnalyticsRollupStore(Tables tables) {
        this.tables = tables;
    }

    /**
     * Replaces the analyses of the {@code touched} (user, session) pairs by {@code analyses} (those of them that stand;
     * a deleted session has none).
     */
    public void replaceAnalyses(Connection connection, List<UserKeyed<UUID>> touched, List<UserKeyed<SessionAnalysis>> analyses)
            throws SQLException {
        if (!touched.isEmpty()) {
            applyAnalyses(connection, touched, -1);
            for (String table : List.of(tables.sessionItemOutcome(), tables.sessionExerciseOutcome(), tables.sessionAnalysis())) {
                try (PreparedStatement statement = connection.prepareStatement("delete from " + table + " t using"
                        + " unnest(?::text[], ?::uuid[]) as v(u, s) where t.user_id = v.u and t.session_id = v.s")) {
                    SqlArrays.bind(connection, statement).text(touched, UserKeyed::userId).uuid(touched, UserKeyed::value);
                    statement.executeUpdate();
                }
            }
        }
        addAnalyses(connection, analyses);
    }

    /**
     * Takes a user's part out of the rollups across users (their sessions' analyses and their plans' adherence), before
     * their own rows are erased.
     */
    public void forget(Connection connection, String userId) throws SQLException {
        adherence(connection, List.of(userId), -1);
        List<UserKeyed<UUID>> sessions = new ArrayList<>();
        Rows.query(connection, "select session_id from " + tables.sessionAnalysis() + " where user_id = ? order by 1",
                row -> sessions.add(new UserKeyed<>(userId, row.getObject(1, UUID.class))), userId);
        replaceAnalyses(connection, sessions, List.of());
    }

    /** Adds the analyses of sessions never seen before. */
    public void addAnalyses(Connection connection, List<UserKeyed<SessionAnalysis>> analyses) throws SQLException {
        if (analyses.isEmpty()) {
            return;
        }
        insertAnalyses(connection, analyses);
        addToCounters(connection, analyses);
    }

    /** An item's counters in one week, as {@code item_week_rollup} keys them. */
    private record ItemKey(UUID routineId, LocalDate weekStart, int position, String exerciseSlug) {
    }

    /** An exercise's counters in one week and routine, as {@code exercise_week_rollup} keys them. */
    private record ExerciseKey(LocalDate weekStart, String exerciseSlug, UUID routineId) {
    }

    /** Sums of one counter row: sessions, completed, skipped, dose, drop-offs, effort, discomfort. */
    private static final class Counts {
        long sessions;
        long completed;
        long skipped;
        BigDecimal doseSum = BigDecimal.ZERO;
        long doseCount;
        long dropOffs;
        long effortSum;
        long effortCount;
        long discomfortSum;
        long discomfortCount;

        void add(boolean isCompleted, BigDecimal dose) {
            sessions++;
            if (isCompleted) {
                completed++;
            } else {
                skipped++;
            }
            if (dose != null) {
                doseSum = doseSum.add(dose);
                doseCount++;
            }
        }
    }

    /**
     * Adds new analyses to the weekly counters, summed here from the analyses themselves (what the stored rows hold,
     * with the same keys and sums as {@link #applyAnalyses} reads back), in one upsert per table.
     */
    private void addToCounters(Connection connection, List<UserKeyed<SessionAnalysis>> analyses) throws SQLException {
        Map<ItemKey, Counts> items = new HashMap<>();
        Map<ExerciseKey, Counts> exercises = new HashMap<>();
        for (UserKeyed<SessionAnalysis> row : analyses) {
            SessionAnalysis analysis = row.value();
            LocalDate week = analysis.week().monday();
            for (ItemOutcome item : analysis.items()) {
                Counts counts = items.computeIfAbsent(new ItemKey(analysis.routineId(), week, item.position(),
                        item.exerciseSlug()), key -> new Counts());
                counts.add(item.completed(), item.dose());
                counts.dropOffs += item.dropOff() ? 1 : 0;
            }
            for (ExerciseOutcome exercise : analysis.exercises()) {
                Counts counts = exercises.computeIfAbsent(new ExerciseKey(week, exercise.exerciseSlug(),
                        analysis.routineId()), key -> new Counts());
                counts.add(exercise.completed(), exercise.dose());
                if (exercise.effort() != null) {
                    counts.effortSum += exercise.effort();
                    counts.effortCount++;
                }
                if (exercise.discomfort() != null) {
                    counts.discomfortSum += exercise.discomfort();
                    counts.discomfortCount++;
                }
            }
        }
        if (!items.isEmpty()) {
            List<Map.Entry<ItemKey, Counts>> rows = new ArrayList<>(items.entrySet());
            upsert(connection, tables.itemWeekRollup(), List.of("routine_id", "week_start", "position", "exercise_slug"),
                    List.of("sessions", "completed", "skipped", "dose_sum", "dose_count", "drop_offs"), null,
                    "select * from unnest(?::uuid[], ?::date[], ?::int4[], ?::text[], ?::int8[], ?::int8[], ?::int8[],"
                            + " ?::numeric[], ?::int8[], ?::int8[]) order by 1, 2, 3, 4",
                    statement -> SqlArrays.bind(connection, statement)
                            .uuid(rows, row -> row.getKey().routineId())
                            .text(rows, row -> row.getKey().weekStart())
                            .int4(rows, row -> row.getKey().position())
                            .text(rows, row -> row.getKey().exerciseSlug())
                            .int8(rows, row -> row.getValue().sessions)
                            .int8(rows, row -> row.getValue().completed)
                            .int8(rows, row -> row.getValue().skipped)
                            .text(rows, row -> row.getValue().doseSum.toPlainString())
                            .int8(rows, row -> row.getValue().doseCount)
                            .int8(rows, row -> row.getValue().dropOffs));
        }
        if (!exercises.isEmpty()) {
            List<Map.Entry<ExerciseKey, Counts>> rows = new ArrayList<>(exercises.entrySet());
            upsert(connection, tables.exerciseWeekRollup(), List.of("week_start", "exercise_slug", "routine_id"),
                    List.of("sessions", "completed", "skipped", "dose_sum", "dose_count", "effort_sum", "effort_count",
                            "discomfort_sum", "discomfort_count"), null,
                    "select * from unnest(?::date[], ?::text[], ?::uuid[], ?::int8[], ?::int8[], ?::int8[], ?::numeric[],"
                            + " ?::int8[], ?::int8[], ?::int8[], ?::int8[], ?::int8[]) order by 1, 2, 3",
                    statement -> SqlArrays.bind(connection, statement)
                            .text(rows, row -> row.getKey().weekStart())
                            .text(rows, row -> row.getKey().exerciseSlug())
                            .uuid(rows, row -> row.getKey().routineId())
                            .int8(rows, row -> row.getValue().sessions)
                            .int8(rows, row -> row.getValue().completed)
                            .int8(rows, row -> row.getValue().skipped)
                            .text(rows, row -> row.getValue().doseSum.toPlainString())
                            .int8(rows, row -> row.getValue().doseCount)
                            .int8(rows, row -> row.getValue().effortSum)
                            .int8(rows, row -> row.getValue().effortCount)
                            .int8(rows, row -> row.getValue().discomfortSum)
                            .int8(rows, row -> row.getValue().discomfortCount));
        }
    }

    private void insertAnalyses(Connection connection, List<UserKeyed<SessionAnalysis>> analyses) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("insert into " + tables.sessionAnalysis()
                + " (user_id, session_id, routine_id, week_start) select * from unnest(?::text[], ?::uuid[], ?::uuid[], ?::date[])")) {
            SqlArrays.bind(connection, statement)
                    .text(analyses, UserKeyed::userId)
                    .uuid(analyses, row -> row.value().sessionId())
                    .uuid(analyses, row -> row.value().routineId())
                    .text(analyses, row -> row.value().week().monday());
            statement.executeUpdate();
        }
        List<UserKeyed<SessionItem>> items = new ArrayList<>();
        List<UserKeyed<SessionExercise>> exercises = new ArrayList<>();
        analyses.forEach(row -> {
            row.value().items().forEach(item -> items.add(new UserKeyed<>(row.userId(),
                    new SessionItem(row.value().sessionId(), item))));
            row.value().exercises().forEach(exercise -> exercises.add(new UserKeyed<>(row.userId(),
                    new SessionExercise(row.value().sessionId(), exercise))));
        });
        if (!items.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement("insert into " + tables.sessionItemOutcome()
                    + " (user_id, session_id, position, exercise_slug, completed, dose, drop_off) select * from"
                    + " unnest(?::text[], ?::uuid[], ?::int4[], ?::text[], ?::bool[], ?::numeric[], ?::bool[])")) {
                SqlArrays.bind(connection, statement)
                        .text(items, UserKeyed::userId)
                        .uuid(items, row -> row.value().sessionId())
                        .int4(items, row -> row.value().item().position())
                        .text(items, row -> row.value().item().exerciseSlug())
                        .text(items, row -> row.value().item().completed())
                        .text(items, row -> row.value().item().dose())
                        .text(items, row -> row.value().item().dropOff());
                statement.executeUpdate();
            }
        }
        if (!exercises.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement("insert into " + tables.sessionExerciseOutcome()
                    + " (user_id, session_id, exercise_slug, completed, dose, effort, discomfort) select * from"
                    + " unnest(?::text[], ?::uuid[], ?::text[], ?::bool[], ?::numeric[], ?::int4[], ?::int4[])")) {
                SqlArrays.bind(connection, statement)
                        .text(exercises, UserKeyed::userId)
                        .uuid(exercises, row -> row.value().sessionId())
                        .text(exercises, row -> row.value().exercise().exerciseSlug())
                        .text(exercises, row -> row.value().exercise().completed())
                        .text(exercises, row -> row.value().exercise().dose())
                        .int4(exercises, row -> row.value().exercise().effort())
                        .int4(exercises, row -> row.value().exercise().discomfort());
                statement.executeUpdate();
            }
        }
    }

    private record SessionItem(UUID sessionId, ItemOutcome item) {
    }

    private record SessionExercise(UUID sessionId, ExerciseOutcome exercise) {
    }

    /** Adds ({@code sign} 1) or subtracts (-1) the stored analyses of these sessions to or from the weekly counters. */
    private void applyAnalyses(Connection connection, List<UserKeyed<UUID>> sessions, int sign) throws SQLException {
        String s = sign < 0 ? "-" : "";
        String ofSessions = " from " + tables.sessionAnalysis() + " a join unnest(?::text[], ?::uuid[]) as v(u, s)"
                + " on a.user_id = v.u and a.session_id = v.s";
        upsert(connection, tables.itemWeekRollup(), List.of("routine_id", "week_start", "position", "exercise_slug"),
                List.of("sessions", "completed", "skipped", "dose_sum", "dose_count", "drop_offs"), "sessions",
                "select a.routine_id, a.week_start, o.position, o.exercise_slug, " + s + "count(*), " + s + "count(*) filter (where o.completed), "
                        + s + "count(*) filter (where not o.completed), " + s + "coalesce(sum(o.dose), 0), " + s + "count(o.dose), "
                        + s + "count(*) filter (where o.drop_off)" + ofSessions + " join " + tables.sessionItemOutcome()
                        + " o on o.user_id = a.user_id and o.session_id = a.session_id group by 1, 2, 3, 4 order by 1, 2, 3, 4",
                sessions);
        upsert(connection, tables.exerciseWeekRollup(), List.of("week_start", "exercise_slug", "routine_id"),
                List.of("sessions", "completed", "skipped", "dose_sum", "dose_count", "effort_sum", "effort_count",
                        "discomfort_sum", "discomfort_count"), "sessions",
                "select a.week_start, o.exercise_slug, a.routine_id, " + s + "count(*), " + s + "count(*) filter (where o.completed), "
                        + s + "count(*) filter (where not o.completed), " + s + "coalesce(sum(o.dose), 0), " + s + "count(o.dose), "
                        + s + "coalesce(sum(o.effort), 0), " + s + "count(o.effort), " + s + "coalesce(sum(o.discomfort), 0), "
                        + s + "count(o.discomfort)" + ofSessions + " join " + tables.sessionExerciseOutcome()
                        + " o on o.user_id = a.user_id and o.session_id = a.session_id group by 1, 2, 3 order by 1, 2, 3",
                sessions);
    }

    /**
     * Adds ({@code sign} 1) or subtracts (-1) these users' plans to or from the adherence histograms and active-plan
     * changes (per weekly target and per routine) and the cohorts: done when their plans change.
     */
    public void adherence(Connection connection, Collection<String> users, int sign) throws SQLException {
        if (users.isEmpty()) {
            return;
        }
        String s = sign < 0 ? "-" : "";
        Object userArray = connection.createArrayOf("text", users.toArray());
        String plans = " from " + tables.userPlan() + " p where p.user_id = any(?) and p.first_week is not null";
        for (Breakdown breakdown : breakdowns()) {
            String column = breakdown.column();
            upsert(connection, breakdown.histogram(), List.of("week_start", column, "done", "target"), List.of("plans"),
                    "plans", "select t.week_start, p." + column + ", least(t.done, t.target), t.target, " + s + "count(*)"
                            + " from " + tables.planWeekTally() + " t join " + tables.userPlan() + " p on p.user_id = t.user_id"
                            + " and p.plan_id = t.plan_id where t.user_id = any(?) group by 1, 2, 3, 4 order by 1, 2, 3, 4",
                    statement -> statement.setObject(1, userArray));
            String skipped = " from " + tables.planWeekSkipped() + " k join " + tables.userPlan() + " p"
                    + " on p.user_id = k.user_id and p.plan_id = k.plan_id where k.user_id = any(?)"
                    + " and k.week_start >= p.first_week and (p.last_week is null or k.week_start <= p.last_week)";
            String select = "select week_start, " + column + ", " + s + "sum(delta) from ("
                    + "select p.first_week as week_start, p." + column + ", 1 as delta" + plans
                    + " and (p.last_week is null or p.last_week >= p.first_week)"
                    + " union all select p.last_week + 7, p." + column + ", -1" + plans + " and p.last_week >= p.first_week"
                    + " union all select k.week_start, p." + column + ", -1" + skipped
                    + " union all select k.week_start + 7, p." + column + ", 1" + skipped
                    + ") changes group by 1, 2 order by 1, 2";
            upsert(connection, breakdown.active(), List.of("week_start", column), List.of("delta"), "delta", select,
                    statement -> {
                        for (int i = 1; i <= 4; i++) {
                            statement.setObject(i, userArray);
                        }
                    });
        }
        upsert(connection, tables.cohortSize(), List.of("routine_id", "first_week"), List.of("plans"), "plans",
                "select r.routine_id, p.first_week, " + s + "count(*)" + plans.replace(" where", EACH_ROUTINE_AND_ALL + " where")
                        + " group by 1, 2 order by 1, 2",
                statement -> statement.setObject(1, userArray));
        upsert(connection, tables.cohortMet(), List.of("routine_id", "first_week", "week_of_life"), List.of("plans"), "plans",
                "select r.routine_id, p.first_week, (t.week_start - p.first_week) / 7 + 1, " + s + "count(*) from "
                        + tables.planWeekTally() + " t join " + tables.userPlan() + " p on p.user_id = t.user_id"
                        + " and p.plan_id = t.plan_id" + EACH_ROUTINE_AND_ALL + " where t.user_id = any(?)"
                        + " and p.first_week is not null and t.done >= t.target group by 1, 2, 3 order by 1, 2, 3",
                statement -> statement.setObject(1, userArray));
    }

    /** One bucket of an adherence histogram: a week, the breakdown's key (weekly target or routine), done and target. */
    private record Bucket(LocalDate weekStart, Object key, int done, int target) {
    }

    /**
     * Follows an increment of new sessions (plans unchanged) in the adherence histogram: each plan-week it changed
     * leaves the bucket of its done before (none when its row is new) for the bucket of its done after, computed here
     * from what was added and what the row holds after ({@link RollupStore#add}), not read back. Stored plan-week rows
     * have done ≥ 1 (a row exists only for a week in which sessions counted), so done before = 0 means a new row.
     * Moves within a bucket (done already at or above the target) cancel out and write nothing.
     */
    public void planWeeksAdded(Connection connection, Map<String, UserRollup> increments, List<PlanWeekTally> after,
                               Map<String, List<PlanFact>> plans) throws SQLException {
        Map<PlanWeekKey, Integer> added = new HashMap<>();
        increments.values().forEach(increment -> increment.planWeeks().forEach(tally ->
                added.merge(new PlanWeekKey(tally.planId(), tally.week().monday()), tally.done(), Integer::sum)));
        Map<UUID, PlanFact> plansById = new HashMap<>();
        plans.values().forEach(list -> list.forEach(plan -> plansById.put(plan.planId(), plan)));
        List<Breakdown> breakdowns = breakdowns();
        List<Map<Bucket, Long>> deltas = breakdowns.stream().<Map<Bucket, Long>>map(breakdown -> new HashMap<>()).toList();
        Map<CohortWeek, Long> met = new HashMap<>();
        for (PlanWeekTally now : after) {
            PlanFact plan = plansById.get(now.planId());
            LocalDate week = now.week().monday();
            int before = now.done() - added.get(new PlanWeekKey(now.planId(), week));
            for (int i = 0; i < breakdowns.size(); i++) {
                Object key = breakdowns.get(i).keyOf().apply(plan);
                if (before > 0) {
                    deltas.get(i).merge(new Bucket(week, key, Math.min(before, now.target()), now.target()), -1L, Long::sum);
                }
                deltas.get(i).merge(new Bucket(week, key, Math.min(now.done(), now.target()), now.target()), 1L, Long::sum);
            }
            if (before < now.target() && now.done() >= now.target()) {
                // a tally row exists only in the plan's active weeks, so the plan has a first week
                LocalDate firstWeek = PlanWeekRule.firstWeek(plan).orElseThrow().monday();
                int weekOfLife = (int) (ChronoUnit.WEEKS.between(firstWeek, week) + 1);
                met.merge(new CohortWeek(plan.routineId(), firstWeek, weekOfLife), 1L, Long::sum);
                met.merge(new CohortWeek(ALL_ROUTINES, firstWeek, weekOfLife), 1L, Long::sum);
            }
        }
        cohortsMet(connection, met);
        for (int i = 0; i < breakdowns.size(); i++) {
            Breakdown breakdown = breakdowns.get(i);
            deltas.get(i).values().removeIf(delta -> delta == 0);
            if (deltas.get(i).isEmpty()) {
                continue;
            }
            List<Map.Entry<Bucket, Long>> rows = new ArrayList<>(deltas.get(i).entrySet());
            upsert(connection, breakdown.histogram(), List.of("week_start", breakdown.column(), "done", "target"),
                    List.of("plans"), "plans", "select * from unnest(?::date[], ?::" + breakdown.sqlType()
                            + "[], ?::int4[], ?::int4[], ?::int8[]) order by 1, 2, 3, 4",
                    statement -> SqlArrays.bind(connection, statement)
                            .text(rows, row -> row.getKey().weekStart())
                            .text(rows, row -> row.getKey().key())
                            .int4(rows, row -> row.getKey().done())
                            .int4(rows, row -> row.getKey().target())
                            .int8(rows, Map.Entry::getValue));
        }
    }

    /**
     * A dimension the adherence histogram and active-plan changes are kept by: its tables, its {@code user_plan}
     * column (of {@code sqlType}), and how to read it off a plan.
     */
    private record Breakdown(String histogram, String active, String column, String sqlType,
                             Function<PlanFact, Object> keyOf) {
    }

    private List<Breakdown> breakdowns() {
        return List.of(
                new Breakdown(tables.adherenceTargetHistogram(), tables.adherenceTargetActive(), "weekly_target", "int4",
                        PlanFact::weeklyTarget),
                new Breakdown(tables.adherenceRoutineHistogram(), tables.adherenceRoutineActive(), "routine_id", "uuid",
                        PlanFact::routineId));
    }

    private record PlanWeekKey(UUID planId, LocalDate weekStart) {
    }

    /** A week of a cohort's life, of one routine or of {@link #ALL_ROUTINES}. */
    private record CohortWeek(UUID routineId, LocalDate firstWeek, int weekOfLife) {
    }

    private void cohortsMet(Connection connection, Map<CohortWeek, Long> met) throws SQLException {
        if (met.isEmpty()) {
            return;
        }
        List<Map.Entry<CohortWeek, Long>> rows = new ArrayList<>(met.entrySet());
        upsert(connection, tables.cohortMet(), List.of("routine_id", "first_week", "week_of_life"), List.of("plans"), null,
                "select * from unnest(?::uuid[], ?::date[], ?::int4[], ?::int8[]) order by 1, 2, 3",
                statement -> SqlArrays.bind(connection, statement)
                        .uuid(rows, row -> row.getKey().routineId())
                        .text(rows, row -> row.getKey().firstWeek())
                        .int4(rows, row -> row.getKey().weekOfLife())
                        .int8(rows, Map.Entry::getValue));
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private void upsert(Connection connection, String table, List<String> keys, List<String> values, String count,
                        String select, List<UserKeyed<UUID>> sessions) throws SQLException {
        upsert(connection, table, keys, values, count, select, statement -> SqlArrays.bind(connection, statement)
                .text(sessions, UserKeyed::userId).uuid(sessions, UserKeyed::value));
    }

    /**
     * Adds the rows of {@code select} (keys, then values) to {@code table}, then deletes the rows whose {@code count}
     * came to zero; with {@code count} null (only additions), no row can, and none is checked.
     */
    private void upsert(Connection connection, String table, List<String> keys, List<String> values, String count,
                        String select, Binder binder) throws SQLException {
        String keyList = String.join(", ", keys);
        String sql = "insert into " + table + " as r (" + keyList + ", " + String.join(", ", values) + ") " + select
                + " on conflict (" + keyList + ") do update set "
                + String.join(", ", values.stream().map(value -> value + " = r." + value + " + excluded." + value).toList())
                + (count == null ? "" : " returning " + keys.stream().map(key -> "r." + key).reduce((a, b) -> a + ", " + b)
                        .orElseThrow() + ", r." + count + " = 0");
        List<Object[]> zero = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            if (count == null) {
                statement.executeUpdate();
                return;
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (rows.getBoolean(keys.size() + 1)) {
                        Object[] key = new Object[keys.size()];
                        for (int i = 0; i < key.length; i++) {
                            key[i] = rows.getObject(i + 1);
                        }
                        zero.add(key);
                    }
                }
            }
        }
        if (zero.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where ("
                + keyList + ") = (" + String.join(", ", keys.stream().map(key -> "?").toList()) + ") and " + count + " = 0")) {
            for (Object[] key : zero) {
                for (int i = 0; i < key.length; i++) {
                    delete.setObject(i + 1, key[i]);
                }
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }
}
