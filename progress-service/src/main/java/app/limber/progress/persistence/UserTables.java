package app.limber.progress.persistence;

import java.util.List;

/**
 * Every table of progress that holds rows about a person, and the columns naming them. An export reads, and an
 * erasure deletes, each row whose user columns name the user; {@code UserTablesTest} fails when a migration adds a
 * table with a user column that is not listed here.
 */
public final class UserTables {

    /** A table and the columns whose value is a user id. */
    public record UserTable(String name, List<String> userColumns) {

        /** {@code c1 = ? or c2 = ?}: as many parameters as columns, each the user id. */
        public String condition() {
            return String.join(" or ", userColumns.stream().map(c -> c + " = ?").toList());
        }
    }

    public static final List<UserTable> ALL = List.of(
            table("progress_user", "user_id"),
            table("plan_scheduled", "user_id", "assigned_by"),
            table("plan_ended", "user_id"),
            table("plan_paused", "user_id", "paused_by"),
            table("plan_resumed", "user_id"),
            table("session_completed", "user_id"),
            table("session_deleted", "user_id"),
            table("user_plan", "user_id"),
            table("user_plan_pause", "user_id"),
            table("applied_session", "user_id"),
            table("day_tally", "user_id"),
            table("plan_week_tally", "user_id"),
            table("plan_week_skipped", "user_id"),
            table("area_volume", "user_id"),
            table("milestone", "user_id"),
            table("nudge_preferences", "user_id"),
            table("nudge_schedule", "user_id"),
            table("coach_grant", "athlete_id", "coach_id"),
            table("coach_alert", "athlete_id", "coach_id"),
            table("coach_alert_schedule", "athlete_id"));

    private UserTables() {
    }

    private static UserTable table(String name, String... userColumns) {
        return new UserTable(name, List.of(userColumns));
    }
}
