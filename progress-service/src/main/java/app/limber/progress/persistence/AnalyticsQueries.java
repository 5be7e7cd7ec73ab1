package app.limber.progress.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.limber.progress.domain.AdherenceDistribution.Bucket;

/**
 * Platform-wide adherence from the rollups only. {@code user_plan} says which plans are active in a week (every
 * ISO week from its first to its last active week, but for the weeks a pause takes out whole, listed in
 * {@code plan_week_skipped}); {@code plan_week_tally} holds the weeks in which sessions
 * counted, with their target; an active plan-week without a tally row is 0 done. Tallies come back as a histogram
 * per week of (done, target), from which means, shares and medians are exact. Adherence of all routines, with or
 * without the weekly target, reads the per-week rollups of V14 ({@code adherence_target_histogram},
 * {@code adherence_target_active}), O(weeks × weekly targets) whatever the number of plans; cohorts read theirs
 * ({@code cohort_size}, {@code cohort_met}, V20), O(cohorts × weeks); adherence of one routine counts that routine's
 * plans per week from {@code user_plan}. Weeks are identified by their Monday.
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

    /**
     * Weeks from {@code fromWeek} to {@code toWeek} (Mondays, inclusive) with at least one active plan, of one routine
     * or (null) of all.
     */
    public List<WeekTallies> adherence(UUID routineId, LocalDate fromWeek, LocalDate toWeek) {
        return routineId == null ? adherenceOfAllPlans(fromWeek, toWeek) : adherenceOfRoutine(routineId, fromWeek, toWeek);
    }

    /**
     * All plans: the per-week rollups kept per weekly target, summed over the targets. The plans active in a week are
     * the active-plan changes up to it (those before the range summed once); the tallies, the histogram's buckets.
     */
    private List<WeekTallies> adherenceOfAllPlans(LocalDate fromWeek, LocalDate toWeek) {
        return reads.inSnapshot(connection -> {
            long[] active = {0};
            Rows.query(connection, "select coalesce(sum(delta), 0) from adherence_target_active where week_start < ?",
                    row -> active[0] = row.getLong(1), fromWeek);
            Map<LocalDate, Long> changes = new HashMap<>();
            Rows.query(connection, "select week_start, sum(delta) from adherence_target_active"
                    + " where week_start between ? and ? group by 1",
                    row -> changes.put(row.getObject(1, LocalDate.class), row.getLong(2)), fromWeek, toWeek);
            Map<LocalDate, List<Bucket>> tallied = new HashMap<>();
            Rows.query(connection, "select week_start, done, target, sum(plans) from adherence_target_histogram"
                    + " where week_start between ? and ? group by 1, 2, 3",
                    row -> tallied.computeIfAbsent(row.getObject(1, LocalDate.class), week -> new ArrayList<>())
                            .add(new Bucket(row.getInt(2), row.getInt(3), Math.toIntExact(row.getLong(4)))),
                    fromWeek, toWeek);
            List<WeekTallies> weeks = new ArrayList<>();
            for (LocalDate week = fromWeek; !week.isAfter(toWeek); week = week.plusWeeks(1)) {
                active[0] += changes.getOrDefault(week, 0L);
                if (active[0] > 0) {
                    weeks.add(new WeekTallies(week, Math.toIntExact(active[0]), tallied.getOrDefault(week, List.of())));
                }
            }
            return weeks;
        });
    }

    /** One routine's plans, counted per week from {@code user_plan} and {@code plan_week_tally}. */
    private List<WeekTallies> adherenceOfRoutine(UUID routineId, LocalDate fromWeek, LocalDate toWeek) {
        String active = "select g::date, count(*) from generate_series(?::date::timestamp, ?::date::timestamp,"
                + " interval '1 week') as g join user_plan p on p.first_week <= g::date"
                + " and (p.last_week is null or p.last_week >= g::date) and p.routine_id = ?"
                + " where not exists (select 1 from plan_week_skipped s where s.plan_id = p.plan_id and s.week_start = g::date)"
                + " group by 1 order by 1";
        String tallied = "select t.week_start, least(t.done, t.target), t.target, count(*) from plan_week_tally t"
                + " join user_plan p on p.plan_id = t.plan_id and p.routine_id = ?"
                + " where t.week_start between ? and ? group by 1, 2, 3";
        return reads.inSnapshot(connection -> {
            List<WeekTallies> weeks = new ArrayList<>();
            Map<LocalDate, List<Bucket>> byWeek = new HashMap<>();
            Rows.query(connection, tallied, row -> byWeek.computeIfAbsent(row.getObject(1, LocalDate.class),
                    week -> new ArrayList<>()).add(new Bucket(row.getInt(2), row.getInt(3), row.getInt(4))),
                    routineId, fromWeek, toWeek);
            Rows.query(connection, active, row -> weeks.add(new WeekTallies(row.getObject(1, LocalDate.class),
                    row.getInt(2), byWeek.getOrDefault(row.getObject(1, LocalDate.class), List.of()))),
                    fromWeek, toWeek, routineId);
            return weeks;
        });
    }

    /** One cohort (plans whose first active week is {@code startWeek}) and, per week k of their life, how many met the target. */
    public record Cohort(LocalDate startWeek, int plans, Map<Integer, Integer> metByWeek) {
    }

    /**
     * Cohorts starting from {@code fromWeek} to {@code toWeek}, their weeks 1..{@code weeks}, none after {@code lastWeek},
     * from the cohort rollups: O(cohorts × weeks) rows whatever the number of plans.
     */
    public List<Cohort> cohorts(UUID routineId, LocalDate fromWeek, LocalDate toWeek, int weeks, LocalDate lastWeek) {
        UUID routine = routineId == null ? AnalyticsRollupStore.ALL_ROUTINES : routineId;
        return reads.inSnapshot(connection -> {
            Map<LocalDate, Map<Integer, Integer>> metByCohort = new HashMap<>();
            Rows.query(connection, "select first_week, week_of_life, plans from cohort_met where routine_id = ?"
                            + " and first_week between ? and ? and week_of_life <= ?"
                            + " and first_week + 7 * (week_of_life - 1) <= ?",
                    row -> metByCohort.computeIfAbsent(row.getObject(1, LocalDate.class), week -> new HashMap<>())
                            .put(row.getInt(2), Math.toIntExact(row.getLong(3))),
                    routine, fromWeek, toWeek, weeks, lastWeek);
            List<Cohort> cohorts = new ArrayList<>();
            Rows.query(connection, "select first_week, plans from cohort_size where routine_id = ?"
                            + " and first_week between ? and ? order by 1",
                    row -> cohorts.add(new Cohort(row.getObject(1, LocalDate.class), Math.toIntExact(row.getLong(2)),
                            metByCohort.getOrDefault(row.getObject(1, LocalDate.class), Map.of()))),
                    routine, fromWeek, toWeek);
            return cohorts;
        });
    }

    /** One prescribed item (position and exercise) of a routine, summed over a range of weeks. */
    public record ItemTotals(int position, String exerciseSlug, long sessions, long completed, long skipped,
                             BigDecimal doseSum, long doseCount, long dropOffs) {
    }

    /** The routine's items over the weeks from {@code fromWeek} to {@code toWeek} (Mondays, inclusive), by position. */
    public List<ItemTotals> items(UUID routineId, LocalDate fromWeek, LocalDate toWeek) {
        return reads.inSnapshot(connection -> {
            List<ItemTotals> items = new ArrayList<>();
            Rows.query(connection, "select position, exercise_slug, sum(sessions), sum(completed), sum(skipped),"
                    + " sum(dose_sum), sum(dose_count), sum(drop_offs) from item_week_rollup where routine_id = ?"
                    + " and week_start between ? and ? group by 1, 2 order by 1, 2",
                    row -> items.add(new ItemTotals(row.getInt(1), row.getString(2), row.getLong(3), row.getLong(4),
                            row.getLong(5), row.getBigDecimal(6), row.getLong(7), row.getLong(8))),
                    routineId, fromWeek, toWeek);
            return items;
        });
    }

    /** One exercise summed over a range of weeks (and routines). */
    public record ExerciseTotals(String exerciseSlug, long sessions, long completed, long skipped, BigDecimal doseSum,
                                 long doseCount, long effortSum, long effortCount, long discomfortSum,
                                 long discomfortCount) {
    }

    /** Every exercise over the weeks from {@code fromWeek} to {@code toWeek}, of one routine or all; most sessions first. */
    public List<ExerciseTotals> exercises(UUID routineId, LocalDate fromWeek, LocalDate toWeek) {
        String routine = routineId == null ? "" : " and routine_id = ?";
        Object[] parameters = routineId == null ? new Object[] {fromWeek, toWeek} : new Object[] {fromWeek, toWeek, routineId};
        return reads.inSnapshot(connection -> {
            List<ExerciseTotals> exercises = new ArrayList<>();
            Rows.query(connection, "select exercise_slug, sum(sessions), sum(completed), sum(skipped), sum(dose_sum),"
                    + " sum(dose_count), sum(effort_sum), sum(effort_count), sum(discomfort_sum), sum(discomfort_count)"
                    + " from exercise_week_rollup where week_start between ? and ?" + routine
                    + " group by 1 order by 2 desc, 1",
                    row -> exercises.add(new ExerciseTotals(row.getString(1), row.getLong(2), row.getLong(3),
                            row.getLong(4), row.getBigDecimal(5), row.getLong(6), row.getLong(7), row.getLong(8),
                            row.getLong(9), row.getLong(10))), parameters);
            return exercises;
        });
    }

    /** Plans of one weekly target active in a week, and how the ones with sessions did. */
    public record TargetWeekTallies(LocalDate weekStart, int weeklyTarget, int plansActive, List<Bucket> tallied) {
    }

    /**
     * Per week from {@code fromWeek} to {@code toWeek} and weekly target, the plans active and their tallies, from the
     * histogram and the active-plan changes (the changes before the range summed once); targets without an active plan
     * in a week are left out.
     */
    public List<TargetWeekTallies> adherenceByWeeklyTarget(LocalDate fromWeek, LocalDate toWeek) {
        return reads.inSnapshot(connection -> {
            Map<Integer, Long> active = new TreeMap<>();
            Rows.query(connection, "select weekly_target, sum(delta) from adherence_target_active where week_start < ?"
                    + " group by 1", row -> active.put(row.getInt(1), row.getLong(2)), fromWeek);
            Map<LocalDate, Map<Integer, Long>> changes = new TreeMap<>();
            Rows.query(connection, "select week_start, weekly_target, delta from adherence_target_active"
                    + " where week_start between ? and ?", row -> changes.computeIfAbsent(row.getObject(1, LocalDate.class),
                    week -> new TreeMap<>()).put(row.getInt(2), row.getLong(3)), fromWeek, toWeek);
            Map<LocalDate, Map<Integer, List<Bucket>>> tallied = new HashMap<>();
            Rows.query(connection, "select week_start, weekly_target, done, target, plans from adherence_target_histogram"
                    + " where week_start between ? and ?", row -> tallied.computeIfAbsent(row.getObject(1, LocalDate.class),
                    week -> new HashMap<>()).computeIfAbsent(row.getInt(2), target -> new ArrayList<>())
                    .add(new Bucket(row.getInt(3), row.getInt(4), row.getInt(5))), fromWeek, toWeek);
            List<TargetWeekTallies> weeks = new ArrayList<>();
            for (LocalDate week = fromWeek; !week.isAfter(toWeek); week = week.plusWeeks(1)) {
                changes.getOrDefault(week, Map.of()).forEach((target, delta) -> active.merge(target, delta, Long::sum));
                for (Map.Entry<Integer, Long> target : active.entrySet()) {
                    if (target.getValue() > 0) {
                        weeks.add(new TargetWeekTallies(week, target.getKey(), Math.toIntExact(target.getValue()),
                                tallied.getOrDefault(week, Map.of()).getOrDefault(target.getKey(), List.of())));
                    }
                }
            }
            return weeks;
        });
    }
}
