package app.limber.bench.progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanWeekRule;
import app.limber.progress.domain.PlanWeekTally;
import app.limber.progress.domain.milestone.NudgePreferences;

/**
 * Writes the sweep bench's users straight into progress-service's tables, a chunk of users per transaction, one
 * array-bound {@code insert … select from unnest(…)} per table: the rows the nudge sweep reads (user, plan,
 * plan-week and day tallies, nudge settings, recorded milestones) and, separately, their {@code nudge_schedule} rows.
 * The raw fact tables (sessions, plan events) stay empty: the sweep never reads them.
 */
final class SweepSeeder {

    static final String[] TABLES = {"progress_user", "user_plan", "day_tally", "plan_week_tally", "nudge_preferences",
            "milestone", "nudge_schedule"};

    private final Connection connection;

    SweepSeeder(Connection connection) {
        this.connection = connection;
    }

    /** One transaction: these users' rows, and their milestone history. */
    void write(List<SweepUser> users, List<SweepHistory.Row> history, LocalDate sunday) throws SQLException {
        connection.setAutoCommit(false);
        insert("insert into progress_user (user_id, latest_session_at, latest_session_zone)"
                        + " select u, a::timestamptz, z from unnest(?::text[], ?::text[], ?::text[]) as v(u, a, z)",
                column(users, SweepUser::id), column(users, SweepUser::latestSessionAt),
                column(users, user -> user.sessions().isEmpty() ? null : user.plan().timeZone().getId()));
        insert("insert into user_plan (user_id, plan_id, routine_id, weekly_target, time_zone, starts_on, ends_on,"
                        + " first_week, last_week, first_week_target, last_week_target) select u, p::uuid, r::uuid, t::int4,"
                        + " z, s::date, e::date, fw::date, lw::date, ft::int4, lt::int4 from unnest(?::text[], ?::text[],"
                        + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])"
                        + " as v(u, p, r, t, z, s, e, fw, lw, ft, lt)",
                column(users, SweepUser::id), column(users, u -> u.plan().planId()), column(users, u -> u.plan().routineId()),
                column(users, u -> u.plan().weeklyTarget()), column(users, u -> u.plan().timeZone().getId()),
                column(users, u -> u.plan().startsOn()), column(users, u -> u.plan().endsOn()),
                column(users, u -> PlanWeekRule.firstWeek(u.plan()).map(IsoWeek::monday).orElse(null)),
                column(users, u -> PlanWeekRule.lastWeek(u.plan()).map(IsoWeek::monday).orElse(null)),
                column(users, u -> PlanWeekRule.firstWeek(u.plan()).map(week -> PlanWeekRule.targetIn(u.plan(), week)).orElse(null)),
                column(users, u -> PlanWeekRule.lastWeek(u.plan()).map(week -> PlanWeekRule.targetIn(u.plan(), week)).orElse(null)));
        List<String[]> days = new ArrayList<>();
        List<String[]> weeks = new ArrayList<>();
        for (SweepUser user : users) {
            user.days(sunday).forEach(day -> days.add(new String[] {user.id(), day.day().toString(),
                    Integer.toString(day.sessions()), Long.toString(day.durationSeconds())}));
            PlanFact plan = user.plan();
            for (PlanWeekTally week : user.planWeeks(sunday)) {
                weeks.add(new String[] {plan.planId().toString(), week.week().monday().toString(), user.id(),
                        Integer.toString(week.done()), Integer.toString(week.target())});
            }
        }
        insert("insert into day_tally (user_id, day, sessions, duration_seconds) select u, d::date, n::int4, s::int8"
                + " from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as v(u, d, n, s)", transpose(days, 4));
        insert("insert into plan_week_tally (plan_id, week_start, user_id, done, target) select p::uuid, w::date, u,"
                + " d::int4, t::int4 from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as v(p, w, u, d, t)",
                transpose(weeks, 5));
        List<SweepUser> customised = users.stream().filter(user -> user.preferences() != null).toList();
        Function<Function<NudgePreferences, Object>, String[]> preference = field ->
                column(customised, user -> field.apply(user.preferences()));
        insert("insert into nudge_preferences (user_id, week_at_risk, week_missed, inactive, celebrations, nudge_hour,"
                        + " quiet_start, quiet_end, max_nudges_per_day, updated_at) select u, a::bool, m::bool, i::bool,"
                        + " c::bool, h::int2, qs::time, qe::time, x::int2, ? from unnest(?::text[], ?::text[], ?::text[],"
                        + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as v(u, a, m, i, c, h, qs, qe, x)",
                Timestamp.from(sunday.minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC)),
                column(customised, SweepUser::id), preference.apply(NudgePreferences::weekAtRisk),
                preference.apply(NudgePreferences::weekMissed), preference.apply(NudgePreferences::inactive),
                preference.apply(NudgePreferences::celebrations), preference.apply(NudgePreferences::nudgeHour),
                preference.apply(NudgePreferences::quietStart), preference.apply(NudgePreferences::quietEnd),
                preference.apply(NudgePreferences::maxNudgesPerDay));
        insert("insert into milestone (id, user_id, key_text, type, plan_id, occurrence, active, details, local_date,"
                        + " recorded_at, published, withheld_reason) select id::uuid, u, k, t, p::uuid, 1, true, j::json,"
                        + " d::date, r::timestamptz, w is null, w from unnest(?::text[], ?::text[], ?::text[], ?::text[],"
                        + " ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as v(id, u, k, t, p, j, d, r, w)",
                column(history, SweepHistory.Row::id), column(history, SweepHistory.Row::userId),
                column(history, SweepHistory.Row::keyText), column(history, SweepHistory.Row::type),
                column(history, SweepHistory.Row::planId), column(history, SweepHistory.Row::details),
                column(history, SweepHistory.Row::localDate), column(history, SweepHistory.Row::recordedAt),
                column(history, SweepHistory.Row::withheldReason));
        connection.commit();
        connection.setAutoCommit(true);
    }

    /** Each user's next look at the given instant, replacing whatever was scheduled. */
    void schedule(Map<String, Instant> dueAt) throws SQLException {
        List<Map.Entry<String, Instant>> rows = List.copyOf(dueAt.entrySet());
        insert("insert into nudge_schedule as s (user_id, due_at) select u, d::timestamptz from unnest(?::text[], ?::text[])"
                        + " as v(u, d) on conflict (user_id) do update set due_at = excluded.due_at",
                column(rows, Map.Entry::getKey), column(rows, Map.Entry::getValue));
    }

    void unschedule(String userIdPrefix) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("delete from nudge_schedule where user_id like ?")) {
            statement.setString(1, userIdPrefix + "%");
            statement.executeUpdate();
        }
    }

    /** Statistics and visibility maps fresh, as autovacuum would have them in a service that has been running. */
    void vacuumAnalyze() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("vacuum analyze " + table);
            }
        }
    }

    private void insert(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object parameter = parameters[i];
                statement.setObject(i + 1, parameter instanceof String[] texts
                        ? connection.createArrayOf("text", texts) : parameter);
            }
            statement.executeUpdate();
        }
    }

    private static <T> String[] column(List<T> rows, Function<T, Object> field) {
        return rows.stream().map(field).map(value -> Objects.toString(value, null)).toArray(String[]::new);
    }

    private static Object[] transpose(List<String[]> rows, int columns) {
        Object[] transposed = new Object[columns];
        for (int c = 0; c < columns; c++) {
            int index = c;
            transposed[c] = rows.stream().map(row -> row[index]).toArray(String[]::new);
        }
        return transposed;
    }
}
