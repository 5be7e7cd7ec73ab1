package app.limber.progress.persistence;

import java.util.List;

/**
 * Every table of progress that holds rows about a person, and the columns naming them. An export reads, and an
 * erasure deletes, each row whose user columns name the user; {@code UserTablesTest} fails when a migration adds a
 * table with a user column that is not listed here.
 */
public final class UserTables {

    /**
     * A table, the columns that make a row the user's ({@code userColumns}: erasure deletes the row), and the columns
     * that merely mention them in another user's row ({@code mentionColumns}: erasure blanks the mention, the row
     * stays its owner's).
     */
    public record UserTable(String name, List<String> userColumns, List<String> mentionColumns) {

        public List<String> allColumns() {
            return java.util.stream.Stream.concat(userColumns.stream(), mentionColumns.stream()).toList();
        }

        /** {@code c1 = ? or c2 = ?} over every column naming a person: as many parameters, each the user id. */
        public String condition() {
            return String.join(" or ", allColumns().stream().map(c -> c + " = ?").toList());
        }

        /** {@code c1 = ? or c2 = ?} over the columns that make a row the user's. */
        public String ownerCondition() {
            return String.join(" or ", userColumns.stream().map(c -> c + " = ?").toList());
        }
    }

    public static final List<UserTable> ALL = List.of(
            table("progress_user", "user_id"),
            new UserTable("plan_scheduled", List.of("user_id"), List.of("assigned_by")),
            table("plan_ended", "user_id"),
            new UserTable("plan_paused", List.of("user_id"), List.of("paused_by")),
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
            table("session_analysis", "user_id"),
            table("session_item_outcome", "user_id"),
            table("session_exercise_outcome", "user_id"),
            table("milestone", "user_id"),
            table("nudge_preferences", "user_id"),
            table("nudge_schedule", "user_id"),
            table("coach_grant", "athlete_id", "coach_id"),
            table("coach_alert", "athlete_id", "coach_id"),
            table("coach_alert_schedule", "athlete_id"));

    private UserTables() {
    }

    private static UserTable table(String name, String... userColumns) {
        return new UserTable(name, List.of(userColumns), List.of());
    }
}
