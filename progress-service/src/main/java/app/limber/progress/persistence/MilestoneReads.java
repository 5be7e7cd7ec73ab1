package app.limber.progress.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** A user's recorded milestones, for their feed. */
@ApplicationScoped
public class MilestoneReads {

    private final DataSource dataSource;

    MilestoneReads(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * One occurrence as recorded.
     *
     * @param type         the type's slug
     * @param detailsJson  its own fields, beyond those every milestone has
     * @param revokedAt    null while it is still true
     * @param revokeReason the revocation's reason slug; null while it is still true
     */
    public record Recorded(UUID id, String type, LocalDate localDate, Instant recordedAt, boolean published,
                           Instant revokedAt, String revokeReason, String detailsJson) {
    }

    /** A page of a user's milestones and how many there are in all. */
    public record Page(List<Recorded> items, long total) {
    }

    /** The user's milestones of local days {@code from} to {@code to}, newest day first, then latest recorded first. */
    public Page feed(String userId, LocalDate from, LocalDate to, long offset, int limit) {
        return ReadSnapshot.read(dataSource, connection -> {
            long[] total = new long[1];
            Rows.query(connection, "select count(*) from milestone where user_id = ? and local_date between ? and ?",
                    row -> total[0] = row.getLong(1), userId, from, to);
            List<Recorded> items = new ArrayList<>();
            Rows.query(connection, "select id, type, local_date, recorded_at, published, revoked_at, revoke_reason,"
                            + " details::text from milestone where user_id = ? and local_date between ? and ?"
                            + " order by local_date desc, recorded_at desc, id limit ? offset ?",
                    row -> items.add(new Recorded(row.getObject(1, UUID.class), row.getString(2),
                            row.getObject(3, LocalDate.class), row.getObject(4, OffsetDateTime.class).toInstant(),
                            row.getBoolean(5), instant(row.getObject(6, OffsetDateTime.class)), row.getString(7),
                            row.getString(8))),
                    userId, from, to, limit, offset);
            return new Page(items, total[0]);
        });
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
