package app.limber.progress.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Platform-wide adherence from the rollups only: {@code user_plan} enumerates every active plan-week (with
 * the prorated targets of partial first and last weeks, precomputed by PlanWeekRule) and
 * {@code plan_week_tally} supplies what was done; weeks without a tally row count as 0 done.
 * Weeks are identified by their Monday.
 */
@ApplicationScoped
public class AnalyticsQueries {

    private static final String PLAN_WEEK_TARGET = "case when w.week_start = p.first_week then p.first_week_target"
            + " when w.week_start = p.last_week then p.last_week_target else p.weekly_target end";

    private final ProgressReads reads;

    AnalyticsQueries(ProgressReads reads) {
        this.reads = reads;
    }

    /** One ISO week: plans active, mean and median of min(1, done/target), share of plans that met their target. */
    public record WeekAdherence(LocalDate weekStart, int plansActive, Double mean, Double median, Double metShare) {
    }

    /** Weeks from {@code fromWeek} to {@code toWeek} (Mondays, inclusive) with at least one active plan. */
    public List<WeekAdherence> adherence(UUID routineId, LocalDate fromWeek, LocalDate toWeek) {
        String sql = "with w as (select p.plan_id, g::date as week_start, " + PLAN_WEEK_TARGET.replace("w.week_start", "g::date")
                + " as target from user_plan p cross join lateral generate_series(greatest(p.first_week, ?::date)::timestamp,"
                + " least(coalesce(p.last_week, ?::date), ?::date)::timestamp, interval '1 week') as g"
                + " where p.first_week is not null and p.first_week <= ?::date and (p.last_week is null or p.last_week >= ?::date)"
                + (routineId == null ? "" : " and p.routine_id = ?") + "),"
                + " s as (select w.week_start, least(1.0, coalesce(t.done, 0)::float8 / w.target) as adherence,"
                + " coalesce(t.done, 0) >= w.target as met from w left join plan_week_tally t"
                + " on t.plan_id = w.plan_id and t.week_start = w.week_start)"
                + " select week_start, count(*), avg(adherence), percentile_cont(0.5) within group (order by adherence),"
                + " avg(case when met then 1.0 else 0.0 end)::float8 from s group by week_start order by week_start";
        List<Object> parameters = new ArrayList<>(List.of(fromWeek, toWeek, toWeek, toWeek, fromWeek));
        if (routineId != null) {
            parameters.add(routineId);
        }
        return reads.inSnapshot(connection -> {
            List<WeekAdherence> weeks = new ArrayList<>();
            Rows.query(connection, sql, row -> weeks.add(new WeekAdherence(row.getObject(1, LocalDate.class), row.getInt(2),
                    row.getDouble(3), row.getDouble(4), row.getDouble(5))), parameters.toArray());
            return weeks;
        });
    }

    /**
     * One cohort week: plans whose first week is {@code startWeek}, and for week k = 1..N of their life the
     * number that met their target that week (ended plans count as not meeting it).
     */
    public record CohortWeek(LocalDate startWeek, int week, int plans, int met) {
    }

    /** Cohorts starting from {@code fromWeek} to {@code toWeek}, their weeks 1..{@code weeks}, none after {@code lastWeek}. */
    public List<CohortWeek> cohorts(UUID routineId, LocalDate fromWeek, LocalDate toWeek, int weeks, LocalDate lastWeek) {
        String sql = "with w as (select p.plan_id, p.first_week, k, p.first_week + 7 * (k - 1) as week_start,"
                + " (p.last_week is null or p.first_week + 7 * (k - 1) <= p.last_week) as active,"
                + " case when k = 1 then p.first_week_target when p.first_week + 7 * (k - 1) = p.last_week"
                + " then p.last_week_target else p.weekly_target end as target"
                + " from user_plan p cross join generate_series(1, ?) as k"
                + " where p.first_week between ?::date and ?::date and p.first_week + 7 * (k - 1) <= ?::date"
                + (routineId == null ? "" : " and p.routine_id = ?") + ")"
                + " select w.first_week, w.k, count(*), count(*) filter (where w.active and coalesce(t.done, 0) >= w.target)"
                + " from w left join plan_week_tally t on t.plan_id = w.plan_id and t.week_start = w.week_start"
                + " group by w.first_week, w.k order by w.first_week, w.k";
        List<Object> parameters = new ArrayList<>(List.of(weeks, fromWeek, toWeek, lastWeek));
        if (routineId != null) {
            parameters.add(routineId);
        }
        return reads.inSnapshot(connection -> {
            List<CohortWeek> rows = new ArrayList<>();
            Rows.query(connection, sql, row -> rows.add(new CohortWeek(row.getObject(1, LocalDate.class), row.getInt(2),
                    row.getInt(3), row.getInt(4))), parameters.toArray());
            return rows;
        });
    }
}
