package app.limber.progress.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Everything progress holds about one user (GDPR Art. 15 and 20). */
@Schema(description = "Everything progress holds about one user: the statistics as GET /progress/me and "
        + "/progress/me/areas answer them, and every stored row about the user, table by table")
public record ExportResponse(
        @Schema(description = "The user the export is about") String userId,
        @Schema(description = "When the export was read") Instant exportedAt,
        @Schema(description = "As GET /progress/me answers it") SummaryResponse statistics,
        @Schema(description = "As GET /progress/me/areas answers it") AreasResponse areas,
        @Schema(description = "Table name → the rows about the user, each an object of its columns as stored "
                + "(snake_case names, timestamps with their offset): the facts progress received (plan_scheduled, "
                + "plan_ended, plan_paused, plan_resumed, session_completed, session_deleted), the statistics kept "
                + "from them (user_plan, user_plan_pause, applied_session, day_tally = the calendar, plan_week_tally, "
                + "plan_week_skipped, area_volume, progress_user: the latest session, and whether the milestones were "
                + "reconciled with every change of the facts, with the latest runs of days trained and weeks met then), "
                + "milestones (milestone), "
                + "nudge settings and schedule (nudge_preferences, nudge_schedule), coaching grants (coach_grant) and coach alerts about or for "
                + "the user (coach_alert, coach_alert_schedule). Every table is present, empty when nothing is stored.")
        Map<String, List<Map<String, Object>>> records) {
}
