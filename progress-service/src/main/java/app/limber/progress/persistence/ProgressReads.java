package app.limber.progress.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import app.limber.progress.domain.AreaVolume;
import app.limber.progress.domain.DayTally;
import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanWeekTally;

/** One user's stored rollups, read in one read-only snapshot so that a concurrent batch is seen whole or not at all. */
@ApplicationScoped
public class ProgressReads {

    private final DataSource dataSource;
    private final Tables tables = Tables.LIVE;

    ProgressReads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What {@code GET /progress/me} is computed from. */
    public record UserRollups(List<PlanFact> plans, List<PlanWeekTally> planWeeks, List<DayTally> days,
                              ZoneId latestSessionZone) {
    }

    public UserRollups rollups(String userId) {
        return inSnapshot(connection -> {
            ZoneFacts zoneFacts = zoneFacts(connection, userId);
            List<PlanWeekTally> weeks = new ArrayList<>();
            Rows.query(connection, "select plan_id, week_start, done, target from " + tables.planWeekTally()
                            + " where user_id = ?",
                    row -> weeks.add(new PlanWeekTally(row.getObject(1, UUID.class),
                            IsoWeek.of(row.getObject(2, LocalDate.class)), row.getInt(3), row.getInt(4))), userId);
            List<DayTally> days = days(connection, userId, LocalDate.MIN, LocalDate.MAX);
            return new UserRollups(zoneFacts.plans(), weeks, days, zoneFacts.latestSessionZone());
        });
    }

    /** A user's plans and the stored plan-week tallies of some weeks, read together. */
    public record PlanWeekRollups(List<PlanFact> plans, List<PlanWeekTally> planWeeks) {
    }

    /** The user's plans and their plan-week tallies of the weeks {@code first} to {@code last}, in one snapshot. */
    public PlanWeekRollups planWeeks(String userId, IsoWeek first, IsoWeek last) {
        return inSnapshot(connection -> {
            List<PlanFact> plans = new RollupStore(tables).plans(connection, List.of(userId)).get(userId);
            List<PlanWeekTally> weeks = new ArrayList<>();
            Rows.query(connection, "select plan_id, week_start, done, target from " + tables.planWeekTally()
                            + " where user_id = ? and week_start between ? and ?",
                    row -> weeks.add(new PlanWeekTally(row.getObject(1, UUID.class),
                            IsoWeek.of(row.getObject(2, LocalDate.class)), row.getInt(3), row.getInt(4))),
                    userId, first.monday(), last.monday());
            return new PlanWeekRollups(plans, weeks);
        });
    }

    /** What a user's "today" is taken from ({@link app.limber.progress.domain.TodayZone}). */
    public record ZoneFacts(List<PlanFact> plans, ZoneId latestSessionZone) {
    }

    public ZoneFacts zoneFacts(String userId) {
        return inSnapshot(connection -> zoneFacts(connection, userId));
    }

    private ZoneFacts zoneFacts(Connection connection, String userId) throws SQLException {
        List<PlanFact> plans = new RollupStore(tables).plans(connection, List.of(userId)).get(userId);
        ZoneId[] zone = new ZoneId[1];
        Rows.query(connection, "select latest_session_zone from " + tables.user() + " where user_id = ?",
                row -> zone[0] = row.getString(1) == null ? null : ZoneId.of(row.getString(1)), userId);
        return new ZoneFacts(plans, zone[0]);
    }

    /** Days with sessions in [from, to], in date order. */
    public List<DayTally> days(String userId, LocalDate from, LocalDate to) {
        return inSnapshot(connection -> days(connection, userId, from, to));
    }

    public List<AreaVolume> areas(String userId) {
        return inSnapshot(connection -> {
            List<AreaVolume> areas = new ArrayList<>();
            Rows.query(connection, "select area, sessions, sets, reps, hold_seconds from " + tables.areaVolume()
                            + " where user_id = ? order by area",
                    row -> areas.add(new AreaVolume(row.getString(1), row.getInt(2), row.getLong(3), row.getLong(4),
                            row.getLong(5))), userId);
            return areas;
        });
    }

    private List<DayTally> days(Connection connection, String userId, LocalDate from, LocalDate to) throws SQLException {
        List<DayTally> days = new ArrayList<>();
        String sql = "select day, sessions, duration_seconds from " + tables.dayTally() + " where user_id = ?"
                + (from.equals(LocalDate.MIN) ? "" : " and day between ? and ?") + " order by day";
        Object[] parameters = from.equals(LocalDate.MIN) ? new Object[] {userId} : new Object[] {userId, from, to};
        Rows.query(connection, sql, row -> days.add(new DayTally(row.getObject(1, LocalDate.class), row.getInt(2),
                row.getLong(3))), parameters);
        return days;
    }

    <T> T inSnapshot(ReadSnapshot.InConnection<T> work) {
        return ReadSnapshot.read(dataSource, work);
    }
}
