package app.limber.progress.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Deletes, in the caller's transaction, every row of {@link UserTables} that is the user's, blanks their mentions in
 * other users' rows (the coach who assigned or paused a plan), and drops the outbox rows naming them. The rollups
 * across users (analytics per week, item, exercise and weekly target) first have the user's part taken out
 * ({@link AnalyticsRollupStore#forget}), so every aggregate is what a replay without the user would give.
 */
public final class PersonalErasure {

    private PersonalErasure() {
    }

    /**
     * The number of rows deleted or changed. The caller holds {@link SwapLock#exclusive}: live batches in flight finish
     * first and later ones wait, then find the user among {@link ErasedUsers} and add nothing.
     */
    public static int erase(Connection connection, String userId) throws SQLException {
        int changed = 0;
        for (Tables tables : List.of(Tables.LIVE, Tables.REBUILD)) {
            if (exists(connection, tables.sessionAnalysis())) {
                new AnalyticsRollupStore(tables).forget(connection, userId);
            }
        }
        for (UserTables.UserTable table : UserTables.ALL) {
            // a rebuild running now has copied the user into its twin tables; the swap must not bring them back
            for (String name : List.of(table.name(), table.name() + Tables.REBUILD.suffix())) {
                if (!exists(connection, name)) {
                    continue;
                }
                for (String mention : table.mentionColumns()) {
                    changed += update(connection, "update " + name + " set " + mention + " = "
                            + blank(connection, table.name(), mention) + " where " + mention + " = ?", userId, 1);
                }
                changed += update(connection, "delete from " + name + " where " + table.ownerCondition(), userId,
                        table.userColumns().size());
            }
        }
        changed += update(connection, "delete from outbox_event where record_key = ? or payload ->> 'userId' = ? "
                + "or payload ->> 'athleteId' = ? or payload ->> 'coachId' = ?", userId, 4);
        ErasedUsers.record(connection, userId);
        return changed;
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select to_regclass(?) is not null")) {
            statement.setString(1, table);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
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
