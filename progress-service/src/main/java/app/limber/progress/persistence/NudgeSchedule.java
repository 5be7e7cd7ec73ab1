package app.limber.progress.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The {@code nudge_schedule} table: when each user next needs a look from the nudge sweep. Written on the caller's
 * connection, in its transaction.
 */
public final class NudgeSchedule {

    /**
     * Users due by {@code now}, earliest first, their schedule rows locked for this transaction; rows another
     * transaction holds are skipped. Ordered by the due time alone, as the index on it is: a whole zone falls due at
     * the same instant, and a tie-break would make every claim read and sort all the rows due rather than take the
     * first {@code limit} of them. The caller then takes the users' rows without waiting ({@link
     * RollupStore#lockFree}).
     */
    public List<String> claimDue(Connection connection, Instant now, int limit) throws SQLException {
        List<String> users = new ArrayList<>();
        Rows.query(connection, "select user_id from nudge_schedule where due_at <= ? order by due_at"
                        + " limit ? for update skip locked",
                row -> users.add(row.getString(1)), Timestamp.from(now), limit);
        return users;
    }

    /** These users need a look at {@code now} at the latest (a later due time they had is brought forward). */
    public void lookSoon(Connection connection, Collection<String> userIds, Instant now) throws SQLException {
        if (userIds.isEmpty()) {
            return;
        }
        Timestamp at = Timestamp.from(now);
        try (PreparedStatement statement = connection.prepareStatement("insert into nudge_schedule as s (user_id, due_at)"
                // a row already due by then is left as it is, and unlocked: a conflict locks its row even when its
                // where clause then changes nothing, and most users a batch changes are due already
                + " select u, ? from unnest(?::text[]) as v(u)"
                + " where not exists (select 1 from nudge_schedule n where n.user_id = v.u and n.due_at <= ?) order by u"
                + " on conflict (user_id) do update set due_at = excluded.due_at where s.due_at > excluded.due_at")) {
            statement.setTimestamp(1, at);
            statement.setArray(2, connection.createArrayOf("text", userIds.toArray()));
            statement.setTimestamp(3, at);
            statement.executeUpdate();
        }
    }

    /**
     * Each user's next look, or none: nothing can fall due until their facts change. Two statements for all of them,
     * on rows the caller's transaction holds ({@link #claimDue}).
     */
    public void next(Connection connection, List<UserKeyed<Optional<Instant>>> nextLooks) throws SQLException {
        List<UserKeyed<Optional<Instant>>> rescheduled = nextLooks.stream().filter(look -> look.value().isPresent()).toList();
        List<UserKeyed<Optional<Instant>>> leaving = nextLooks.stream().filter(look -> look.value().isEmpty()).toList();
        if (!leaving.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement("delete from nudge_schedule where user_id = any(?)")) {
                SqlArrays.bind(connection, statement).text(leaving, UserKeyed::userId);
                statement.executeUpdate();
            }
        }
        if (!rescheduled.isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement("update nudge_schedule as s set due_at = v.d"
                    + " from unnest(?::text[], ?::timestamptz[]) as v(u, d) where s.user_id = v.u")) {
                SqlArrays.bind(connection, statement)
                        .text(rescheduled, UserKeyed::userId)
                        .text(rescheduled, look -> look.value().get());
                statement.executeUpdate();
            }
        }
    }
}
