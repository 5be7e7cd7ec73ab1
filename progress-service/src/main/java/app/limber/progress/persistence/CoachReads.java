package app.limber.progress.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import app.limber.progress.domain.coach.CoachGrant;

/** What a coach may read: the athletes who granted them {@code view-progress} and have not revoked it. */
@ApplicationScoped
public class CoachReads {

    private final DataSource dataSource;
    private final Tables tables = Tables.LIVE;

    CoachReads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether {@code athleteId} lets {@code coachId} view their progress now. */
    public boolean views(String coachId, String athleteId) {
        if (athleteId.indexOf('\0') >= 0) {
            // PostgreSQL text cannot hold NUL, so no stored id has one (and a query with one fails)
            return false;
        }
        return ReadSnapshot.read(dataSource, connection -> {
            boolean[] granted = new boolean[1];
            Rows.query(connection, "select 1 from " + tables.coachGrant() + " where coach_id = ? and athlete_id = ?"
                    + " and not revoked and ? = any(scopes)", row -> granted[0] = true, coachId, athleteId,
                    CoachGrant.VIEW_PROGRESS);
            return granted[0];
        });
    }

    /** The athletes {@code coachId} may view, by id. */
    public List<String> athletes(String coachId) {
        return ReadSnapshot.read(dataSource, connection -> {
            List<String> athletes = new ArrayList<>();
            Rows.query(connection, "select athlete_id from " + tables.coachGrant() + " where coach_id = ?"
                    + " and not revoked and ? = any(scopes) order by athlete_id", row -> athletes.add(row.getString(1)),
                    coachId, CoachGrant.VIEW_PROGRESS);
            return athletes;
        });
    }

    /** The discomfort an athlete reported last (with its session's local day), if they ever did. */
    public record Discomfort(int value, LocalDate on) {
    }

    /** The latest session (by completion) that reported discomfort and was not deleted. */
    public Optional<Discomfort> lastDiscomfort(String athleteId) {
        return ReadSnapshot.read(dataSource, connection -> {
            Discomfort[] last = new Discomfort[1];
            Rows.query(connection, "select s.discomfort, s.local_date from " + tables.sessionCompleted() + " s"
                    + " where s.user_id = ? and s.discomfort is not null and not exists (select 1 from "
                    + tables.sessionDeleted() + " d where d.user_id = s.user_id and d.session_id = s.session_id)"
                    + " order by s.completed_at desc, s.session_id limit 1",
                    row -> last[0] = new Discomfort(row.getInt(1), row.getObject(2, LocalDate.class)), athleteId);
            return Optional.ofNullable(last[0]);
        });
    }
}
