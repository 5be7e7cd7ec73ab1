package app.limber.progress.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * Binds one column of many rows as one array parameter, so that a whole batch is written by a single
 * {@code insert ... select from unnest(...)} statement: one round trip per table per poll instead of one
 * per row. Dates, instants and JSON travel as text and are cast in the SQL ({@code ?::date[]}).
 */
final class SqlArrays {

    private final Connection connection;
    private final PreparedStatement statement;
    private int index;

    private SqlArrays(Connection connection, PreparedStatement statement, int firstIndex) {
        this.connection = connection;
        this.statement = statement;
        this.index = firstIndex;
    }

    static SqlArrays bind(Connection connection, PreparedStatement statement) {
        return new SqlArrays(connection, statement, 1);
    }

    /** Binds from parameter {@code firstIndex} on, the ones before being bound by the caller. */
    static SqlArrays bind(Connection connection, PreparedStatement statement, int firstIndex) {
        return new SqlArrays(connection, statement, firstIndex);
    }

    <R> SqlArrays text(List<R> rows, Function<R, ?> column) throws SQLException {
        return array("text", rows, row -> {
            Object value = column.apply(row);
            return value == null ? null : value.toString();
        });
    }

    <R> SqlArrays uuid(List<R> rows, Function<R, UUID> column) throws SQLException {
        return array("uuid", rows, column);
    }

    <R> SqlArrays int4(List<R> rows, Function<R, Integer> column) throws SQLException {
        return array("int4", rows, column);
    }

    <R> SqlArrays int8(List<R> rows, Function<R, Long> column) throws SQLException {
        return array("int8", rows, column);
    }

    /**
     * Binds JSON documents, one per row and none null, as one JSON array, for {@code json_array_elements(?::json)
     * with ordinality} beside the {@code unnest(...) with ordinality} of the other columns: each document travels as
     * written, where a {@code jsonb[]} would first escape it into an array literal and PostgreSQL unescape it again.
     */
    <R> SqlArrays jsonArray(List<R> rows, Function<R, String> column) throws SQLException {
        StringBuilder array = new StringBuilder("[");
        for (R row : rows) {
            if (array.length() > 1) {
                array.append(',');
            }
            array.append(Objects.requireNonNull(column.apply(row), "a JSON document"));
        }
        statement.setString(index++, array.append(']').toString());
        return this;
    }

    private <R> SqlArrays array(String type, List<R> rows, Function<R, ?> column) throws SQLException {
        List<Object> values = new ArrayList<>(rows.size());
        for (R row : rows) {
            values.add(column.apply(row));
        }
        Array array = connection.createArrayOf(type, values.toArray());
        statement.setArray(index++, array);
        return this;
    }
}
