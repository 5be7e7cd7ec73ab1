package app.limber.progress.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Deletes, in the caller's transaction, every row of {@link UserTables} that is the user's, blanks their mentions in
 * other users' rows (the coach who assigned or paused a plan), and drops the outbox rows naming them. Every rollup
 * progress keeps is per user, so deleting the user's rows leaves every aggregate (analytics reads the per-user rows)
 * what a replay without the user would give.
 */
public final class PersonalErasure {

    private PersonalErasure() {
    }

    /** The number of rows deleted or changed. */
    public static int erase(Connection connection, String userId) throws SQLException {
        int changed = 0;
        // a live batch holding the user's row lock finishes first; one that comes after finds nothing to add to
        try (PreparedStatement lock = connection.prepareStatement(
                "select 1 from progress_user where user_id = ? for update")) {
            lock.setString(1, userId);
            lock.executeQuery().close();
        }
        for (UserTables.UserTable table : UserTables.ALL) {
            for (String mention : table.mentionColumns()) {
                changed += update(connection, "update " + table.name() + " set " + mention + " = "
                        + blank(connection, table.name(), mention) + " where " + mention + " = ?", userId, 1);
            }
            changed += update(connection, "delete from " + table.name() + " where " + table.ownerCondition(), userId,
                    table.userColumns().size());
        }
        changed += update(connection, "delete from outbox_event where record_key = ? or payload ->> 'userId' = ? "
                + "or payload ->> 'athleteId' = ? or payload ->> 'coachId' = ?", userId, 4);
        return changed;
    }

    /** null where the column allows it, else a word that names no one. */
    private static String blank(Connection connection, String table, String column) throws SQLException {
        try (PreparedStatement nullable = connection.prepareStatement("select is_nullable from information_schema.columns "
                + "where table_schema = current_schema() and table_name = ? and column_name = ?")) {
            nullable.setString(1, table);
            nullable.setString(2, column);
            try (var result = nullable.executeQuery()) {
                return result.next() && "YES".equals(result.getString(1)) ? "null" : "'erased'";
            }
        }
    }

    private static int update(Connection connection, String sql, String userId, int parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= parameters; i++) {
                statement.setString(i, userId);
            }
            return statement.executeUpdate();
        }
    }
}
