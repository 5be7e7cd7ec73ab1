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
 * {@code adherence_target_active}), O(weeks × weekly targets) whatever the number of plans, and adherence of one
 * routine the same rollups kept per routine (V21); cohorts read theirs ({@code cohort_size}, {@code cohort_met}, V20),
 * O(cohorts × weeks). Weeks are identified by their Monday.
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
        return routineId == null
                ? adherence("adherence_target_histogram", "adherence_target_active", "", List.of(), fromWeek, toWeek)
                : adherence("adherence_routine_histogram", "adherence_routine_active", " and routine_id = ?",
                        List.of(routineId), fromWeek, toWeek);
    }

    /**
     * All plans: the per-week rollups kept per weekly target, summed over the targets; one routine's: those kept per
     * routine. The plans active in a week are the active-plan changes up to it (those before the range summed once);
     * the tallies, the histogram's buckets.
     */
    private List<WeekTallies> adherence(String histogram, String active, String filter, List<Object> filterValues,
                                        LocalDate fromWeek, LocalDate toWeek) {
        return reads.inSnapshot(connection -> {
            long[] plans = {0};
            Rows.query(connection, "select coalesce(sum(delta), 0) from " + active + " where week_start < ?" + filter,
                    row -> plans[0] = row.getLong(1), parameters(List.of(fromWeek), filterValues));
            Map<LocalDate, Long> changes = new HashMap<>();
            Rows.query(connection, "select week_start, sum(delta) from " + active + " where week_start between ? and ?"
                    + filter + " group by 1", row -> changes.put(row.getObject(1, LocalDate.class), row.getLong(2)),
                    parameters(List.of(fromWeek, toWeek), filterValues));
            Map<LocalDate, List<Bucket>> tallied = new HashMap<>();
            Rows.query(connection, "select week_start, done, target, sum(plans) from " + histogram
                    + " where week_start between ? and ?" + filter + " group by 1, 2, 3",
                    row -> tallied.computeIfAbsent(row.getObject(1, LocalDate.class), week -> new ArrayList<>())
                            .add(new Bucket(row.getInt(2), row.getInt(3), Math.toIntExact(row.getLong(4)))),
                    parameters(List.of(fromWeek, toWeek), filterValues));
            List<WeekTallies> weeks = new ArrayList<>();
            for (LocalDate week = fromWeek; !week.isAfter(toWeek); week = week.plusWeeks(1)) {
                plans[0] += changes.getOrDefault(week, 0L);
                if (plans[0] > 0) {
                    weeks.add(new WeekTallies(week, Math.toIntExact(plans[0]), tallied.getOrDefault(week, List.of())));
                }
            }
            return weeks;
        });
    }

    private static Object[] parameters(List<Object> first, List<Object> then) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(then);
        return all.toArray();
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
