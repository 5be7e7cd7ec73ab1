package app.limber.progress.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every stored row about one user, table by table, each row as the JSON of its columns, read in one snapshot. */
@ApplicationScoped
public class PersonalRows {

    private final DataSource dataSource;

    PersonalRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Table name → JSON array of its rows about the user (columns by their stored names), in primary-key order. */
    public Map<String, String> of(String userId) {
        return ReadSnapshot.read(dataSource, connection -> {
            Map<String, String> rows = new LinkedHashMap<>();
            for (UserTables.UserTable table : UserTables.ALL) {
                rows.put(table.name(), rowsOf(connection, table, userId));
            }
            return rows;
        });
    }

    private static String rowsOf(Connection connection, UserTables.UserTable table, String userId) throws SQLException {
        String sql = "select coalesce(json_agg(row_to_json(t) order by t::text), '[]'::json)::text from "
                + table.name() + " t where " + table.condition();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 1; i <= table.allColumns().size(); i++) {
                statement.setString(i, userId);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }
}
