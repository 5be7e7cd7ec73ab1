package app.limber.routine.fuzz;


import app.limber.testing.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What a user's writes could have left behind: their routines, plans (their own and those they assigned), pauses,
 * sessions, invitations and coaching grants (every row, hashed) and the number of outbox events, read over one
 * connection for a whole fuzz run.
 */
final class UserState implements AutoCloseable {

    private static final String SNAPSHOT = """
            with me as (select ?::text as id)
            select (select count(*) || ':' || coalesce(md5(string_agg(row_text, ',' order by row_text)), '') from (
                      select r::text as row_text from routine r, me where r.owner_id = me.id
                      union all select p::text from plan p, me where p.user_id = me.id or p.assigned_by = me.id
                      union all select pp::text from plan_pause pp join plan p on p.id = pp.plan_id, me
                                where p.user_id = me.id or pp.paused_by = me.id
                      union all select s::text from training_session s, me where s.user_id = me.id
                      union all select i::text from coach_invitation i, me where i.coach_id = me.id or i.used_by = me.id
                      union all select g::text from coaching_grant g, me where g.athlete_id = me.id or g.coach_id = me.id) mine)
                   || ' outbox:' || (select count(*) from outbox_event)""";

    private final Connection connection;
    private final String userId;

    private UserState(Connection connection, String userId) {
        this.connection = connection;
        this.userId = userId;
    }

    static UserState of(String userId) {
        try {
            return new UserState(Database.connect(), userId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String snapshot() {
        try (PreparedStatement s = connection.prepareStatement(SNAPSHOT)) {
            s.setString(1, userId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
