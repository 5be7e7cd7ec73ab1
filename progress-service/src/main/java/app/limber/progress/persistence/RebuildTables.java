package app.limber.progress.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code *_rebuild} twin of every live table, and the swap that puts it in place. The twins are created
 * {@code LIKE} the live tables (columns, defaults, constraints, indexes), so they follow every migration; after
 * the swap each index gets its live name back, so later migrations can refer to indexes by name.
 */
public final class RebuildTables {

    private RebuildTables() {
    }

    /** Drops any leftover twins and creates empty ones. */
    public static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : Tables.ALL) {
                statement.execute("drop table if exists " + table + Tables.REBUILD.suffix());
                statement.execute("create table " + table + Tables.REBUILD.suffix() + " (like " + table + " including all)");
            }
        }
    }

    /**
     * Replaces every live table by its twin, in the caller's transaction (which must hold {@link SwapLock#exclusive}).
     * The twin's {@code progress_user} rows hold no latest runs, so each user's next reconciliation reads their whole
     * history: their celebrations were not reconciled with the facts as replayed.
     */
    public static void swap(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : Tables.ALL) {
                Map<String, String> liveIndexes = indexesByShape(connection, table);
                statement.execute("drop table " + table);
                statement.execute("alter table " + table + Tables.REBUILD.suffix() + " rename to " + table);
                for (Map.Entry<String, String> index : indexesByShape(connection, table).entrySet()) {
                    String liveName = liveIndexes.get(index.getKey());
                    if (liveName != null && !liveName.equals(index.getValue())) {
                        statement.execute("alter index " + index.getValue() + " rename to " + liveName);
                    }
                }
            }
        }
    }

    /** Index names of a table keyed by their definition with the index name taken out. */
    private static Map<String, String> indexesByShape(Connection connection, String table) throws SQLException {
        Map<String, String> indexes = new HashMap<>();
        Rows.query(connection, "select indexname, indexdef from pg_indexes where schemaname = current_schema() and tablename = ?",
                row -> indexes.put(shape(row.getString(2), row.getString(1), table), row.getString(1)), table);
        return indexes;
    }

    private static String shape(String definition, String indexName, String table) {
        return definition.replace(" " + indexName + " ", " ? ").replace(" ON " + table + " ", " ON ? ")
                .replace(" ON public." + table + " ", " ON ? ");
    }
}
