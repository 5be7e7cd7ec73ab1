package app.limber.progress.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.limber.progress.domain.AdherenceDistribution.Bucket;

/**
 * Platform-wide adherence from the rollups only. {@code user_plan} says which plans are active in a week (every
 * ISO week from its first to its last active week, but for the weeks a pause takes out whole, listed in
 * {@code plan_week_skipped}); {@code plan_week_tally} holds the weeks in which sessions
 * counted, with their target; an active plan-week without a tally row is 0 done. Nothing is enumerated per
 * plan: active plans are counted per week, and tallies come back as a histogram per week of (done, target),
 * from which means, shares and medians are exact. Weeks are identified by their Monday.
 */
@ApplicationScoped
public class AnalyticsQueries {

    private final ProgressReads reads;

    AnalyticsQueries(ProgressReads reads) {
        this.reads = reads;
    }

    /** How many plans were active in a week, and how the ones with sessions did. */
    public record WeekTallies(LocalDate weekStart, int plansActive, List<Bucket> tallied) {
    }

    /** Weeks from {@code fromWeek} to {@code toWeek} (Mondays, inclusive) with at least one active plan. */
    public List<WeekTallies> adherence(UUID routineId, LocalDate fromWeek, LocalDate toWeek) {
        String routine = routineId == null ? "" : " and p.routine_id = ?";
        String active = "select g::date, count(*) from generate_series(?::date::timestamp, ?::date::timestamp,"
                + " interval '1 week') as g join user_plan p on p.first_week <= g::date"
                + " and (p.last_week is null or p.last_week >= g::date)" + routine
                + " where not exists (select 1 from plan_week_skipped s where s.plan_id = p.plan_id and s.week_start = g::date)"
                + " group by 1 order by 1";
        String tallied = "select t.week_start, least(t.done, t.target), t.target, count(*) from plan_week_tally t"
                + (routineId == null ? "" : " join user_plan p on p.plan_id = t.plan_id and p.routine_id = ?")
                + " where t.week_start between ? and ? group by 1, 2, 3";
        return reads.inSnapshot(connection -> {
            List<WeekTallies> weeks = new ArrayList<>();
            Map<LocalDate, List<Bucket>> byWeek = new HashMap<>();
            Object[] tallyParameters = routineId == null ? new Object[] {fromWeek, toWeek}
                    : new Object[] {routineId, fromWeek, toWeek};
            Rows.query(connection, tallied, row -> byWeek.computeIfAbsent(row.getObject(1, LocalDate.class),
                    week -> new ArrayList<>()).add(new Bucket(row.getInt(2), row.getInt(3), row.getInt(4))),
                    tallyParameters);
            Object[] activeParameters = routineId == null ? new Object[] {fromWeek, toWeek}
                    : new Object[] {fromWeek, toWeek, routineId};
            Rows.query(connection, active, row -> weeks.add(new WeekTallies(row.getObject(1, LocalDate.class),
                    row.getInt(2), byWeek.getOrDefault(row.getObject(1, LocalDate.class), List.of()))), activeParameters);
            return weeks;
        });
    }

    /** One cohort (plans whose first active week is {@code startWeek}) and, per week k of their life, how many met the target. */
    public record Cohort(LocalDate startWeek, int plans, Map<Integer, Integer> metByWeek) {
    }

    /** Cohorts starting from {@code fromWeek} to {@code toWeek}, their weeks 1..{@code weeks}, none after {@code lastWeek}. */
    public List<Cohort> cohorts(UUID routineId, LocalDate fromWeek, LocalDate toWeek, int weeks, LocalDate lastWeek) {
        String routine = routineId == null ? "" : " and p.routine_id = ?";
        String sizes = "select p.first_week, count(*) from user_plan p where p.first_week between ? and ?" + routine
                + " group by 1 order by 1";
        // a tally row exists only for a week in which its plan was active and sessions counted
        String met = "select p.first_week, (t.week_start - p.first_week) / 7 + 1, count(*) from user_plan p"
                + " join plan_week_tally t on t.plan_id = p.plan_id and t.week_start < p.first_week + 7 * ?"
                + " and t.week_start <= ? and t.done >= t.target where p.first_week between ? and ?" + routine
                + " group by 1, 2";
        return reads.inSnapshot(connection -> {
            Map<LocalDate, Map<Integer, Integer>> metByCohort = new HashMap<>();
            List<Object> metParameters = new ArrayList<>(List.of(weeks, lastWeek, fromWeek, toWeek));
            List<Object> sizeParameters = new ArrayList<>(List.of(fromWeek, toWeek));
            if (routineId != null) {
                metParameters.add(routineId);
                sizeParameters.add(routineId);
            }
            Rows.query(connection, met, row -> metByCohort.computeIfAbsent(row.getObject(1, LocalDate.class),
                    week -> new HashMap<>()).put(row.getInt(2), row.getInt(3)), metParameters.toArray());
            List<Cohort> cohorts = new ArrayList<>();
            Rows.query(connection, sizes, row -> cohorts.add(new Cohort(row.getObject(1, LocalDate.class), row.getInt(2),
                    metByCohort.getOrDefault(row.getObject(1, LocalDate.class), Map.of()))),
                    sizeParameters.toArray());
            return cohorts;
        });
    }
}
