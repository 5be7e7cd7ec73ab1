package app.limber.progress.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The users an erasure removed, known only by a keyed hash of their id (the key is the database's own random secret,
 * {@code privacy_secret}), so that a late event of theirs, or a rebuild reading the kept topics, creates nothing.
 */
public final class ErasedUsers {

    private static final String SUBJECT = "encode(sha256(convert_to(s.secret || u, 'UTF8')), 'hex')";

    private ErasedUsers() {
    }

    public static void record(Connection connection, String userId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into erased_user (subject) select " + SUBJECT
                + " from privacy_secret s, (select ?::text as u) given on conflict do nothing")) {
            insert.setString(1, userId);
            insert.executeUpdate();
        }
    }

    /** Which of {@code userIds} were erased. */
    public static Set<String> among(Connection connection, Collection<String> userIds) throws SQLException {
        Set<String> erased = new HashSet<>();
        if (userIds.isEmpty()) {
            return erased;
        }
        try (PreparedStatement select = connection.prepareStatement("select u from unnest(?::text[]) u, privacy_secret s "
                + "where exists (select 1 from erased_user e where e.subject = " + SUBJECT + ")")) {
            select.setArray(1, connection.createArrayOf("text", userIds.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    erased.add(rows.getString(1));
                }
            }
        }
        return erased;
    }
}
