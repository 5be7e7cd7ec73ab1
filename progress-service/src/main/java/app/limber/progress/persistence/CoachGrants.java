package app.limber.progress.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import app.limber.progress.domain.coach.CoachGrant;

/**
 * The {@code coach_grant} rows a batch writes: one per (athlete, coach), holding the pair's latest event
 * ({@link CoachGrant#supersedes}), on the caller's connection.
 */
public final class CoachGrants {

    private final Tables tables;

    public CoachGrants(Tables tables) {
        this.tables = tables;
    }

    /**
     * Keeps, per pair, whichever of the stored and the given events is latest. One statement for the batch, after
     * reducing it to one event per pair in memory (an upsert may touch a row only once per statement); the stored row
     * is replaced only by a later event, so redeliveries and any arrival order leave the same rows.
     */
    public void apply(Connection connection, Collection<CoachGrant> grants) throws SQLException {
        Map<List<String>, CoachGrant> latest = new LinkedHashMap<>();
        grants.forEach(grant -> latest.merge(List.of(grant.athleteId(), grant.coachId()), grant,
                (a, b) -> b.supersedes(a) ? b : a));
        if (latest.isEmpty()) {
            return;
        }
        List<CoachGrant> rows = new ArrayList<>(latest.values());
        String sql = "insert into " + tables.coachGrant() + " as g (athlete_id, coach_id, scopes, revoked, occurred_at,"
                + " event_id) select a, c, string_to_array(s, ',')::text[], s = '', o, e from unnest(?::text[], ?::text[],"
                + " ?::text[], ?::timestamptz[], ?::uuid[]) as v(a, c, s, o, e) order by a, c"
                + " on conflict (athlete_id, coach_id) do update set scopes = excluded.scopes, revoked = excluded.revoked,"
                + " occurred_at = excluded.occurred_at, event_id = excluded.event_id"
                + " where (excluded.occurred_at, excluded.event_id::text) > (g.occurred_at, g.event_id::text)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .text(rows, CoachGrant::athleteId)
                    .text(rows, CoachGrant::coachId)
                    .text(rows, grant -> String.join(",", new TreeSet<>(grant.scopes())))
                    .text(rows, CoachGrant::occurredAt)
                    .uuid(rows, CoachGrant::eventId);
            statement.executeUpdate();
        }
    }

    /** The coaches each of these athletes lets view their progress now; athletes without any are absent. */
    public Map<String, Set<String>> viewers(Connection connection, Collection<String> athleteIds) throws SQLException {
        Map<String, Set<String>> viewers = new LinkedHashMap<>();
        if (athleteIds.isEmpty()) {
            return viewers;
        }
        Rows.query(connection, "select athlete_id, coach_id from " + tables.coachGrant() + " where athlete_id = any(?)"
                        + " and not revoked and ? = any(scopes) order by athlete_id, coach_id",
                row -> viewers.computeIfAbsent(row.getString(1), athlete -> new TreeSet<>()).add(row.getString(2)),
                connection.createArrayOf("text", athleteIds.toArray()), CoachGrant.VIEW_PROGRESS);
        return viewers;
    }
}
