package app.limber.progress.persistence;

import java.util.List;

/**
 * The physical names of progress's tables. The consumer writes the live set; a rebuild writes the same
 * code into a parallel {@code *_rebuild} set (created {@code LIKE} the live tables, so it follows every
 * migration) and then swaps the two.
 */
public record Tables(String suffix) {

    public static final Tables LIVE = new Tables("");
    public static final Tables REBUILD = new Tables("_rebuild");

    /** Every table the consumer writes, in the order a swap renames them. */
    public static final List<String> ALL = List.of("processed_event", "progress_user", "plan_scheduled", "plan_ended",
            "plan_paused", "plan_resumed", "session_completed", "session_deleted", "user_plan", "user_plan_pause",
            "applied_session", "day_tally", "plan_week_tally", "plan_week_skipped", "area_volume", "coach_grant",
            "session_analysis", "session_item_outcome", "session_exercise_outcome", "item_week_rollup",
            "exercise_week_rollup", "adherence_target_histogram", "adherence_target_active",
            "cohort_size", "cohort_met", "adherence_routine_histogram", "adherence_routine_active");

    public String processedEvent() {
        return "processed_event" + suffix;
    }

    public String user() {
        return "progress_user" + suffix;
    }

    public String planScheduled() {
        return "plan_scheduled" + suffix;
    }

    public String planEnded() {
        return "plan_ended" + suffix;
    }

    public String planPaused() {
        return "plan_paused" + suffix;
    }

    public String planResumed() {
        return "plan_resumed" + suffix;
    }

    public String sessionCompleted() {
        return "session_completed" + suffix;
    }

    public String sessionDeleted() {
        return "session_deleted" + suffix;
    }

    public String userPlan() {
        return "user_plan" + suffix;
    }

    public String userPlanPause() {
        return "user_plan_pause" + suffix;
    }

    public String planWeekSkipped() {
        return "plan_week_skipped" + suffix;
    }

    public String appliedSession() {
        return "applied_session" + suffix;
    }

    public String dayTally() {
        return "day_tally" + suffix;
    }

    public String planWeekTally() {
        return "plan_week_tally" + suffix;
    }

    public String areaVolume() {
        return "area_volume" + suffix;
    }

    public String coachGrant() {
        return "coach_grant" + suffix;
    }

    public String sessionAnalysis() {
        return "session_analysis" + suffix;
    }

    public String sessionItemOutcome() {
        return "session_item_outcome" + suffix;
    }

    public String sessionExerciseOutcome() {
        return "session_exercise_outcome" + suffix;
    }

    public String itemWeekRollup() {
        return "item_week_rollup" + suffix;
    }

    public String exerciseWeekRollup() {
        return "exercise_week_rollup" + suffix;
    }

    public String adherenceTargetHistogram() {
        return "adherence_target_histogram" + suffix;
    }

    public String adherenceTargetActive() {
        return "adherence_target_active" + suffix;
    }

    public String adherenceRoutineHistogram() {
        return "adherence_routine_histogram" + suffix;
    }

    public String adherenceRoutineActive() {
        return "adherence_routine_active" + suffix;
    }

    public String cohortSize() {
        return "cohort_size" + suffix;
    }

    public String cohortMet() {
        return "cohort_met" + suffix;
    }
}
