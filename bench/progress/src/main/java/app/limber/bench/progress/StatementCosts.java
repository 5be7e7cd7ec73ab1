package app.limber.bench.progress;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where PostgreSQL's time went during one ingestion, statement by statement, from {@code pg_stat_statements}: only
 * when the bench's server preloads it ({@code BENCH_STATEMENTS=on}). Execution time is wall time inside the server,
 * which on a CPU-bound run is close to its CPU.
 */
final class StatementCosts {

    /** One normalised statement's share of an ingestion. */
    record Cost(String query, long calls, double totalMillis, long rows) {
    }

    private static final int SHOWN = 30;
    private static final int QUERY_CHARACTERS = 160;

    private StatementCosts() {
    }

    /** The preload setting for {@link app.limber.infra.PostgresServer#SETTINGS_PROPERTY}. */
    static String serverSettings() {
        return "shared_preload_libraries=pg_stat_statements;pg_stat_statements.max=2000";
    }

    /** Forgets what every database ran so far, so that the next ingestion's figures are its own. */
    static void reset(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists pg_stat_statements");
            statement.execute("select pg_stat_statements_reset()");
        }
    }

    /** The statements this connection's database ran since the last {@link #reset}, the costliest first. */
    static List<Cost> read(Connection connection) throws SQLException {
        List<Cost> costs = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select query, calls, total_exec_time, rows from pg_stat_statements"
                     + " where dbid = (select oid from pg_database where datname = current_database())"
                     + " order by total_exec_time desc")) {
            while (rows.next()) {
                costs.add(new Cost(rows.getString(1), rows.getLong(2), rows.getDouble(3), rows.getLong(4)));
            }
        }
        return costs;
    }

    /** A Markdown table of the costliest statements, per event applied. */
    static String table(String label, List<Cost> costs, long events) {
        double total = costs.stream().mapToDouble(Cost::totalMillis).sum();
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
                "%n%s: PostgreSQL executed %,d statements for %,.0f ms, %,.0f µs per event (pg_stat_statements)%n%n"
                        + "| statement | calls | ms | µs/event | share | rows |%n|---|---|---|---|---|---|%n",
                label, costs.stream().mapToLong(Cost::calls).sum(), total, 1000 * total / events));
        costs.stream().limit(SHOWN).forEach(cost -> md.append(String.format(Locale.ROOT,
                "| `%s` | %,d | %,.0f | %.1f | %.0f %% | %,d |%n", shortened(cost.query()), cost.calls(),
                cost.totalMillis(), 1000 * cost.totalMillis() / events, 100 * cost.totalMillis() / total, cost.rows())));
        return md.toString();
    }

    private static String shortened(String query) {
        String oneLine = query.replaceAll("\\s+", " ").replace("|", "\\|").replace("`", "'");
        return oneLine.length() <= QUERY_CHARACTERS ? oneLine : oneLine.substring(0, QUERY_CHARACTERS) + "…";
    }
}
