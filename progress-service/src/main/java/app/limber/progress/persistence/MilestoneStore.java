package app.limber.progress.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import app.limber.progress.domain.milestone.CelebrationWindow;
import app.limber.progress.domain.milestone.DateRange;
import app.limber.progress.domain.milestone.HandledNudges;
import app.limber.progress.domain.milestone.MilestoneKey;
import app.limber.progress.domain.milestone.MilestoneType;
import app.limber.progress.domain.milestone.RecordedMilestone;

/**
 * The {@code milestone} table, written in a batch's transaction on its connection: one row per occurrence of a key.
 * Never part of a rebuild's twins ({@link Tables#ALL}).
 */
public final class MilestoneStore {

    /** The latest occurrence of a key, and whether its event was published. */
    public record Latest(RecordedMilestone milestone, boolean published) {
    }

    /**
     * A new occurrence.
     *
     * @param detailsJson    its own fields ({@code MilestoneEvents.details}); the common ones are the other columns
     * @param withheldReason why its event was not published; null when it was
     */
    public record Occurrence(UUID id, MilestoneKey key, int occurrence, String detailsJson, LocalDate localDate,
                             Instant recordedAt, String withheldReason) {
    }

    /** An occurrence no longer true. */
    public record Revocation(RecordedMilestone occurrence, Instant revokedAt, String reason) {
    }

    private static final Object[] CELEBRATIONS = Arrays.stream(MilestoneType.values())
            .filter(MilestoneType::isCelebration).map(MilestoneType::slug).toArray();

    /**
     * The latest occurrence of every celebration key of these users (every user present, with an empty list if none):
     * what a reconciliation compares with. It ignores nudges, which pile up week after week, so their rows are not read.
     */
    public Map<String, List<Latest>> latestCelebrations(Connection connection, Collection<String> userIds)
            throws SQLException {
        Map<String, List<Latest>> latest = new TreeMap<>();
        userIds.forEach(user -> latest.put(user, new ArrayList<>()));
        if (userIds.isEmpty()) {
            return latest;
        }
        Rows.query(connection, "select distinct on (user_id, key_text) user_id, key_text, occurrence, active, published"
                        + " from milestone where user_id = any(?) and type = any(?)"
                        + " order by user_id, key_text, occurrence desc",
                row -> latest.get(row.getString(1)).add(new Latest(new RecordedMilestone(
                        MilestoneKey.parse(row.getString(1), row.getString(2)), row.getInt(3), row.getBoolean(4)),
                        row.getBoolean(5))),
                connection.createArrayOf("text", userIds.toArray()), connection.createArrayOf("text", CELEBRATIONS));
        return latest;
    }

    /**
     * The latest occurrence of each celebration key of these users whose days ({@link CelebrationWindow#days}, stored
     * as {@code period_first}..{@code period_last}) end on or after the user's {@code start}: what a
     * {@link CelebrationWindow} reconciles with. Every user present.
     */
    public Map<String, List<Latest>> latestCelebrationsSince(Connection connection, Map<String, LocalDate> starts)
            throws SQLException {
        Map<String, List<Latest>> latest = new TreeMap<>();
        starts.keySet().forEach(user -> latest.put(user, new ArrayList<>()));
        if (starts.isEmpty()) {
            return latest;
        }
        List<Map.Entry<String, LocalDate>> windows = List.copyOf(starts.entrySet());
        // an index range per user (milestone_celebration_days); offset 0 keeps the lateral from being flattened
        String sql = "select distinct on (w.u, m.key_text) w.u, m.key_text, m.occurrence, m.active, m.published"
                + " from unnest(?::text[], ?::date[]) as w(u, s) cross join lateral (select key_text, occurrence, active,"
                + " published from milestone where user_id = w.u and period_last >= w.s and type = any(?) offset 0) m"
                + " order by w.u, m.key_text, m.occurrence desc";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .text(windows, Map.Entry::getKey)
                    .text(windows, Map.Entry::getValue);
            statement.setArray(3, connection.createArrayOf("text", CELEBRATIONS));
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    latest.get(rows.getString(1)).add(new Latest(new RecordedMilestone(
                            MilestoneKey.parse(rows.getString(1), rows.getString(2)), rows.getInt(3), rows.getBoolean(4)),
                            rows.getBoolean(5)));
                }
            }
        }
        return latest;
    }

    /** The nudges recorded for a user that a sweep can still come across, and those sent per local day. */
    public record RecentNudges(HandledNudges handled, Map<LocalDate, Integer> sentPerDay) {

        RecentNudges with(MilestoneKey key, LocalDate day) {
            return new RecentNudges(handled.with(key, day), sentPerDay);
        }
    }

    /**
     * The nudges recorded for these users (sent or suppressed) that a sweep can still come across, in one read: every
     * inactive nudge, since a spell is nudged once however long it lasts ({@link HandledNudges}), and the at-risk and
     * week-missed nudges of local days from {@code since} on. Those two are keyed by the day they fall due, which is
     * also their {@code local_date}, and a sweep only ever meets today's (or, looking ahead, later days'), so older
     * ones need no reading; nor does the daily cap, which counts the nudges sent on today's date. Every user present.
     */
    public Map<String, RecentNudges> recentNudges(Connection connection, Collection<String> userIds, LocalDate since)
            throws SQLException {
        Map<String, RecentNudges> nudges = new TreeMap<>();
        userIds.forEach(user -> nudges.put(user, new RecentNudges(HandledNudges.NONE, new HashMap<>())));
        if (userIds.isEmpty()) {
            return nudges;
        }
        Rows.query(connection, "select user_id, key_text, local_date, published from milestone where user_id = any(?)"
                        // nudges have no celebration days: milestone_nudges holds them alone
                        + " and period_last is null and (type = ? or (type = any(?) and local_date >= ?))",
                row -> {
                    String user = row.getString(1);
                    LocalDate day = row.getObject(3, LocalDate.class);
                    RecentNudges known = nudges.get(user);
                    nudges.put(user, known.with(MilestoneKey.parse(user, row.getString(2)), day));
                    if (row.getBoolean(4) && !day.isBefore(since)) {
                        known.sentPerDay().merge(day, 1, Integer::sum);
                    }
                },
                connection.createArrayOf("text", userIds.toArray()), MilestoneType.INACTIVE.slug(),
                connection.createArrayOf("text", new Object[] {MilestoneType.WEEK_AT_RISK.slug(),
                        MilestoneType.WEEK_MISSED.slug()}), since);
        return nudges;
    }

    public void insert(Connection connection, List<Occurrence> occurrences) throws SQLException {
        if (occurrences.isEmpty()) {
            return;
        }
        String sql = "insert into milestone (id, user_id, key_text, type, plan_id, occurrence, active, details,"
                + " local_date, recorded_at, published, withheld_reason, period_first, period_last) select id, u, k, t,"
                + " p, o, true, j, d, r, w is null, w, f, l from unnest(?::uuid[], ?::text[], ?::text[], ?::text[],"
                + " ?::uuid[], ?::int4[], ?::date[], ?::timestamptz[], ?::text[], ?::date[], ?::date[])"
                + " with ordinality as v(id, u, k, t, p, o, d, r, w, f, l, n)"
                + " join json_array_elements(?::json) with ordinality as details(j, n) using (n)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .uuid(occurrences, Occurrence::id)
                    .text(occurrences, row -> row.key().userId())
                    .text(occurrences, row -> row.key().text())
                    .text(occurrences, row -> row.key().type().slug())
                    .uuid(occurrences, row -> row.key().planId())
                    .int4(occurrences, Occurrence::occurrence)
                    .text(occurrences, Occurrence::localDate)
                    .text(occurrences, Occurrence::recordedAt)
                    .text(occurrences, Occurrence::withheldReason)
                    .text(occurrences, row -> CelebrationWindow.days(row.key()).map(DateRange::first).orElse(null))
                    .text(occurrences, row -> CelebrationWindow.days(row.key()).map(DateRange::last).orElse(null))
                    .jsonArray(occurrences, Occurrence::detailsJson);
            int inserted = statement.executeUpdate();
            if (inserted != occurrences.size()) {
                throw new IllegalStateException("recorded " + inserted + " of " + occurrences.size() + " occurrences");
            }
        }
    }

    /** Marks occurrences revoked; each is revoked once (a revoked occurrence is never active again). */
    public void revoke(Connection connection, List<Revocation> revocations) throws SQLException {
        if (revocations.isEmpty()) {
            return;
        }
        String sql = "update milestone m set active = false, revoked_at = v.r, revoke_reason = v.reason"
                + " from unnest(?::text[], ?::text[], ?::int4[], ?::timestamptz[], ?::text[]) as v(u, k, o, r, reason)"
                + " where m.user_id = v.u and m.key_text = v.k and m.occurrence = v.o and m.active";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            SqlArrays.bind(connection, statement)
                    .text(revocations, row -> row.occurrence().key().userId())
                    .text(revocations, row -> row.occurrence().key().text())
                    .int4(revocations, row -> row.occurrence().occurrence())
                    .text(revocations, Revocation::revokedAt)
                    .text(revocations, Revocation::reason);
            int updated = statement.executeUpdate();
            if (updated != revocations.size()) {
                throw new IllegalStateException("revoked " + updated + " of " + revocations.size()
                        + " occurrences: some were not recorded as active");
            }
        }
    }
}
