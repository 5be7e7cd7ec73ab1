package app.limber.progress.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import app.limber.progress.domain.AppliedSession;
import app.limber.progress.domain.AreaVolume;
import app.limber.progress.domain.DayTally;
import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanPause;
import app.limber.progress.domain.PlanWeekRule;
import app.limber.progress.domain.PlanWeekTally;
import app.limber.progress.domain.UserRollup;

/**
 * The rollups per user (reconciled plans, applied sessions, day, plan-week and area tallies). A batch either
 * adds increments ({@link #add}: new sessions under unchanged plans, see {@link UserRollup#plus}) or replaces a
 * user's rows with a recomputation ({@link #replace}).
 */
public final class RollupStore {

    private final Tables tables;

    public RollupStore(Tables tables) {
        this.tables = tables;
    }

    /**
     * Takes each user's row lock in user order (creating the row if needed), so that instances never deadlock: the
     * lock a batch takes ({@link ProgressUserRows#lock}), for callers that need nothing the rows hold.
     */
    public void lockUsers(Connection connection, Collection<String> sortedUserIds) throws SQLException {
        new ProgressUserRows(tables).lock(connection, sortedUserIds);
    }

    /**
     * Takes the row locks of those of these users that no other transaction holds, without waiting, and answers
     * them with the users who have no row yet (nothing of theirs is stored to lock). A sweep that already holds rows a
     * batch will want next uses it: waiting here for a batch that waits for the sweep would deadlock the two.
     */
    public Set<String> lockFree(Connection connection, Collection<String> userIds) throws SQLException {
        Set<String> free = new TreeSet<>();
        Object users = connection.createArrayOf("text", userIds.toArray());
        Rows.query(connection, "select user_id from " + tables.user() + " where user_id = any(?) order by user_id"
                + " for update skip locked", row -> free.add(row.getString(1)), users);
        Rows.query(connection, "select u from unnest(?::text[]) as v(u) where not exists (select 1 from " + tables.user()
                + " p where p.user_id = v.u)", row -> free.add(row.getString(1)), users);
        return free;
    }

    /** The reconciled plans of these users, with their pauses. */
    public Map<String, List<PlanFact>> plans(Connection connection, Collection<String> userIds) throws SQLException {
        Map<String, List<PlanFact>> plans = new TreeMap<>();
        userIds.forEach(user -> plans.put(user, new ArrayList<>()));
        if (userIds.isEmpty()) {
            return plans;
        }
        Object users = connection.createArrayOf("text", userIds.toArray());
        Map<UUID, List<PlanPause>> pauses = new HashMap<>();
        Rows.query(connection, "select plan_id, pause_id, starts_on, ends_on from " + tables.userPlanPause()
                        + " where user_id = any(?)",
                row -> pauses.computeIfAbsent(row.getObject(1, UUID.class), plan -> new ArrayList<>()).add(new PlanPause(
                        row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getObject(3, LocalDate.class),
                        row.getObject(4, LocalDate.class))), users);
        Rows.query(connection, "select user_id, plan_id, routine_id, weekly_target, time_zone, starts_on, ends_on,"
                        + " scheduled_on from " + tables.userPlan() + " where user_id = any(?)",
                row -> plans.get(row.getString(1)).add(new PlanFact(row.getObject(2, UUID.class),
                        row.getObject(3, UUID.class), row.getInt(4), ZoneId.of(row.getString(5)),
                        row.getObject(6, LocalDate.class), row.getObject(7, LocalDate.class),
                        pauses.getOrDefault(row.getObject(2, UUID.class), List.of()), row.getObject(8, LocalDate.class))),
                users);
        return plans;
    }

    /**
     * Adds each user's increment to their stored rollup, and answers the plan-week rows the increments changed as they
     * now stand (done after the increment, the stored target), for the analytics rollups to follow without reading
     * them back.
     */
    public List<PlanWeekTally> add(Connection connection, Map<String, UserRollup> increments) throws SQLException {
        insertApplied(connection, flatten(increments, UserRollup::sessions));
        writeDays(connection, flatten(increments, UserRollup::days), true);
        List<PlanWeekTally> planWeeks = writePlanWeeks(connection, flatten(increments, UserRollup::planWeeks), true);
        writeAreas(connection, flatten(increments, UserRollup::areas), true);
        return planWeeks;
    }

    /** Replaces these users' rollups and plans with a recomputation. */
    public void replace(Connection connection, Map<String, UserRollup> rollups, Map<String, List<PlanFact>> plans)
            throws SQLException {
        Object users = connection.createArrayOf("text", rollups.keySet().toArray());
        for (String table : List.of(tables.userPlan(), tables.userPlanPause(), tables.appliedSession(), tables.dayTally(),
                tables.planWeekTally(), tables.planWeekSkipped(), tables.areaVolume())) {
            try (PreparedStatement statement = connection.prepareStatement("delete from " + table + " where user_id = any(?)")) {
                statement.setObject(1, users);
                statement.executeUpdate();
            }
        }
        insertPlans(connection, flatten(plans, list -> list));
        insertPauses(connection, flatten(plans, list -> list.stream().flatMap(plan -> plan.pauses().stream()).toList()));
        insertSkippedWeeks(connection, flatten(plans, list -> list.stream().flatMap(plan -> PlanWeekRule.skippedWeeks(plan)
                .stream().map(week -> new PlanWeekKey(plan.planId(), week))).toList()));
        insertApplied(connection, flatten(rollups, UserRollup::sessions));
        writeDays(connection, flatten(rollups, UserRollup::days), false);
        writePlanWeeks(connection, flatten(rollups, UserRollup::planWeeks), false);
        writeAreas(connection, flatten(rollups, UserRollup::areas), false);
    }

    private void insertPlans(Connection connection, List<UserKeyed<PlanFact>> plans) throws SQLException {
        if (plans.isEmpty()) {
            return;
        }
        String sql = "insert into " + tables.userPlan() + " (user_id, plan_id, routine_id, weekly_target, time_zone,"
                + " starts_on, ends_on, first_week, last_week, first_week_target, last_week_target, scheduled_on) select *"
                + " from unnest(?::text[], ?::uuid[], ?::uuid[], ?::int4[], ?::text[], ?::date[], ?::date[], ?::date[],"
                + " ?::date[], ?::int4[], ?::int4[], ?::date[])";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .text(plans, UserKeyed::userId)
                    .uuid(plans, row -> row.value().planId())
                    .uuid(plans, row -> row.value().routineId())
                    .int4(plans, row -> row.value().weeklyTarget())
                    .text(plans, row -> row.value().timeZone().getId())
                    .text(plans, row -> row.value().startsOn())
                    .text(plans, row -> row.value().endsOn())
                    .text(plans, row -> PlanWeekRule.firstWeek(row.value()).map(IsoWeek::monday).orElse(null))
                    .text(plans, row -> PlanWeekRule.lastWeek(row.value()).map(IsoWeek::monday).orElse(null))
                    .int4(plans, row -> PlanWeekRule.firstWeek(row.value())
                            .map(week -> PlanWeekRule.targetIn(row.value(), week)).orElse(null))
                    .int4(plans, row -> PlanWeekRule.lastWeek(row.value())
                            .map(week -> PlanWeekRule.targetIn(row.value(), week)).orElse(null))
                    .text(plans, row -> row.value().scheduledOn());
            statement.executeUpdate();
        }
    }

    private void insertPauses(Connection connection, List<UserKeyed<PlanPause>> pauses) throws SQLException {
        if (pauses.isEmpty()) {
            return;
        }
        String sql = "insert into " + tables.userPlanPause() + " (user_id, plan_id, pause_id, starts_on, ends_on)"
                + " select * from unnest(?::text[], ?::uuid[], ?::uuid[], ?::date[], ?::date[])";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .text(pauses, UserKeyed::userId)
                    .uuid(pauses, row -> row.value().planId())
                    .uuid(pauses, row -> row.value().pauseId())
                    .text(pauses, row -> row.value().startsOn())
                    .text(pauses, row -> row.value().endsOn());
            statement.executeUpdate();
        }
    }

    /** A plan in one of its weeks. */
    private record PlanWeekKey(UUID planId, IsoWeek week) {
    }

    private void insertSkippedWeeks(Connection connection, List<UserKeyed<PlanWeekKey>> weeks) throws SQLException {
        if (weeks.isEmpty()) {
            return;
        }
        String sql = "insert into " + tables.planWeekSkipped() + " (plan_id, week_start, user_id)"
                + " select * from unnest(?::uuid[], ?::date[], ?::text[])";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .uuid(weeks, row -> row.value().planId())
                    .text(weeks, row -> row.value().week().monday())
                    .text(weeks, UserKeyed::userId);
            statement.executeUpdate();
        }
    }

    private void insertApplied(Connection connection, List<UserKeyed<AppliedSession>> sessions) throws SQLException {
        if (sessions.isEmpty()) {
            return;
        }
        String sql = "insert into " + tables.appliedSession() + " (user_id, session_id, local_date, duration_seconds,"
                + " plan_id, plan_week) select * from unnest(?::text[], ?::uuid[], ?::date[], ?::int4[], ?::uuid[], ?::date[])";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .text(sessions, UserKeyed::userId)
                    .uuid(sessions, row -> row.value().sessionId())
                    .text(sessions, row -> row.value().localDate())
                    .int4(sessions, row -> row.value().durationSeconds())
                    .uuid(sessions, row -> row.value().planId())
                    .text(sessions, row -> row.value().plan().map(plan -> row.value().planWeek().monday()).orElse(null));
            statement.executeUpdate();
        }
    }

    private void writeDays(Connection connection, List<UserKeyed<DayTally>> days, boolean add) throws SQLException {
        if (days.isEmpty()) {
            return;
        }
        String sql = "insert into " + tables.dayTally() + " as t (user_id, day, sessions, duration_seconds)"
                + " select * from unnest(?::text[], ?::date[], ?::int4[], ?::int8[])"
                + (add ? " on conflict (user_id, day) do update set sessions = t.sessions + excluded.sessions,"
                        + " duration_seconds = t.duration_seconds + excluded.duration_seconds" : "");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .text(days, UserKeyed::userId)
                    .text(days, row -> row.value().day())
                    .int4(days, row -> row.value().sessions())
                    .int8(days, row -> row.value().durationSeconds());
            statement.executeUpdate();
        }
    }

    /** Writes plan-week rows; when adding, answers them as they stand after the write. */
    private List<PlanWeekTally> writePlanWeeks(Connection connection, List<UserKeyed<PlanWeekTally>> weeks, boolean add)
            throws SQLException {
        List<PlanWeekTally> written = new ArrayList<>();
        if (weeks.isEmpty()) {
            return written;
        }
        String sql = "insert into " + tables.planWeekTally() + " as t (plan_id, week_start, user_id, done, target)"
                + " select * from unnest(?::uuid[], ?::date[], ?::text[], ?::int4[], ?::int4[])"
                + (add ? " on conflict (plan_id, week_start) do update set done = t.done + excluded.done"
                        + " returning t.plan_id, t.week_start, t.done, t.target" : "");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .uuid(weeks, row -> row.value().planId())
                    .text(weeks, row -> row.value().week().monday())
                    .text(weeks, UserKeyed::userId)
                    .int4(weeks, row -> row.value().done())
                    .int4(weeks, row -> row.value().target());
            if (!add) {
                statement.executeUpdate();
                return written;
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    written.add(new PlanWeekTally(rows.getObject(1, UUID.class),
                            IsoWeek.of(rows.getObject(2, LocalDate.class)), rows.getInt(3), rows.getInt(4)));
                }
            }
        }
        return written;
    }

    private void writeAreas(Connection connection, List<UserKeyed<AreaVolume>> areas, boolean add) throws SQLException {
        if (areas.isEmpty()) {
            return;
        }
        String sql = "insert into " + tables.areaVolume() + " as t (user_id, area, sessions, sets, reps, hold_seconds)"
                + " select * from unnest(?::text[], ?::text[], ?::int4[], ?::int8[], ?::int8[], ?::int8[])"
                + (add ? " on conflict (user_id, area) do update set sessions = t.sessions + excluded.sessions,"
                        + " sets = t.sets + excluded.sets, reps = t.reps + excluded.reps,"
                        + " hold_seconds = t.hold_seconds + excluded.hold_seconds" : "");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .text(areas, UserKeyed::userId)
                    .text(areas, row -> row.value().area())
                    .int4(areas, row -> row.value().sessions())
                    .int8(areas, row -> row.value().sets())
                    .int8(areas, row -> row.value().reps())
                    .int8(areas, row -> row.value().holdSeconds());
            statement.executeUpdate();
        }
    }

    private static <V, T> List<UserKeyed<T>> flatten(Map<String, V> byUser, Function<V, List<T>> rows) {
        List<UserKeyed<T>> flat = new ArrayList<>();
        byUser.forEach((user, value) -> rows.apply(value).forEach(row -> flat.add(new UserKeyed<>(user, row))));
        return flat;
    }
}
