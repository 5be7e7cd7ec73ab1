package app.limber.progress.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import app.limber.progress.domain.DailyStreak;
import app.limber.progress.domain.IsoWeek;
import app.limber.progress.domain.milestone.EventMilestones;
import app.limber.progress.domain.milestone.LatestRuns;
import app.limber.progress.domain.milestone.LatestWeeklyRun;

/**
 * The {@code progress_user} rows of a batch's users: the lock the batch takes on each user, the user's latest session
 * (whose zone is their "today" when no plan says), and the latest runs their celebrations were reconciled with. A batch
 * locks and reads the rows in one statement ({@link #lock}) and writes each row it changed once, at its end
 * ({@link #write}), so that a user costs one row version a batch whatever it changed.
 */
public final class ProgressUserRows {

    private final Tables tables;

    public ProgressUserRows(Tables tables) {
        this.tables = tables;
    }

    /** When and where a user last trained. */
    public record LatestSession(Instant completedAt, ZoneId zone) {
    }

    /**
     * What a user's row says.
     *
     * @param latestSession  their latest session; empty before any
     * @param reconciledRuns the latest runs their celebrations were reconciled with, when they were reconciled with
     *                       every change to their facts under the rules of {@link EventMilestones#RULES}; empty
     *                       otherwise (never yet, milestones switched off, a rebuild's fresh rows, other rules), which
     *                       has their next reconciliation read their whole history
     */
    public record UserRow(Optional<LatestSession> latestSession, Optional<LatestRuns> reconciledRuns) {

        static final UserRow NEW = new UserRow(Optional.empty(), Optional.empty());

        /** The zone of the latest session; null before any. */
        public ZoneId latestSessionZone() {
            return latestSession.map(LatestSession::zone).orElse(null);
        }
    }

    /**
     * Takes each user's row lock in user order (creating the row if needed, so that instances never deadlock) and
     * answers what each row held; every user present.
     */
    public Map<String, UserRow> lock(Connection connection, Collection<String> sortedUserIds) throws SQLException {
        Map<String, UserRow> rows = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("insert into " + tables.user()
                + " as p (user_id) select u from unnest(?::text[]) as v(u) order by u"
                + " on conflict (user_id) do update set user_id = p.user_id returning p.user_id, p.latest_session_at,"
                + " p.latest_session_zone, p.celebration_rules, p.run_first, p.run_last, p.weekly_first, p.weekly_last,"
                + " p.weekly_length, p.celebration_own_keys")) {
            statement.setArray(1, connection.createArrayOf("text", sortedUserIds.toArray()));
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.put(row.getString(1), new UserRow(latestSession(row), reconciledRuns(row)));
                }
            }
        }
        return rows;
    }

    /** Writes the rows of {@code after} that differ from what {@code before} ({@link #lock}) read. */
    public void write(Connection connection, Map<String, UserRow> before, Map<String, UserRow> after)
            throws SQLException {
        List<Map.Entry<String, UserRow>> changed = new ArrayList<>();
        after.entrySet().stream().filter(row -> !row.getValue().equals(before.getOrDefault(row.getKey(), UserRow.NEW)))
                .forEach(changed::add);
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("update " + tables.user() + " as p"
                + " set latest_session_at = v.at, latest_session_zone = v.zone, celebration_rules = v.rules,"
                + " run_first = v.f, run_last = v.l, weekly_first = v.wf, weekly_last = v.wl, weekly_length = v.wn,"
                + " celebration_own_keys = v.own from unnest(?::text[], ?::timestamptz[], ?::text[], ?::int4[],"
                + " ?::date[], ?::date[], ?::date[], ?::date[], ?::int4[], ?::bool[])"
                + " as v(u, at, zone, rules, f, l, wf, wl, wn, own) where p.user_id = v.u")) {
            SqlArrays.bind(connection, statement)
                    .text(changed, Map.Entry::getKey)
                    .text(changed, row -> row.getValue().latestSession().map(LatestSession::completedAt).orElse(null))
                    .text(changed, row -> row.getValue().latestSession().map(session -> session.zone().getId())
                            .orElse(null))
                    .int4(changed, row -> row.getValue().reconciledRuns().map(runs -> EventMilestones.RULES).orElse(null))
                    .text(changed, row -> daily(row).map(DailyStreak.Run::first).orElse(null))
                    .text(changed, row -> daily(row).map(DailyStreak.Run::last).orElse(null))
                    .text(changed, row -> weekly(row).filter(LatestWeeklyRun::exists).map(run -> run.first().monday())
                            .orElse(null))
                    .text(changed, row -> weekly(row).filter(LatestWeeklyRun::exists).map(run -> run.last().monday())
                            .orElse(null))
                    .int4(changed, row -> weekly(row).map(LatestWeeklyRun::length).orElse(null))
                    .text(changed, row -> row.getValue().reconciledRuns().map(LatestRuns::ownKeys).orElse(null));
            statement.executeUpdate();
        }
    }

    private static Optional<DailyStreak.Run> daily(Map.Entry<String, UserRow> row) {
        return row.getValue().reconciledRuns().flatMap(LatestRuns::daily);
    }

    private static Optional<LatestWeeklyRun> weekly(Map.Entry<String, UserRow> row) {
        return row.getValue().reconciledRuns().flatMap(LatestRuns::weekly);
    }

    private static Optional<LatestSession> latestSession(ResultSet row) throws SQLException {
        OffsetDateTime at = row.getObject(2, OffsetDateTime.class);
        String zone = row.getString(3);
        return at == null || zone == null ? Optional.empty()
                : Optional.of(new LatestSession(at.toInstant(), ZoneId.of(zone)));
    }

    private static Optional<LatestRuns> reconciledRuns(ResultSet row) throws SQLException {
        Integer rules = row.getObject(4, Integer.class);
        if (rules == null || rules != EventMilestones.RULES) {
            return Optional.empty();
        }
        LocalDate first = row.getObject(5, LocalDate.class);
        LocalDate last = row.getObject(6, LocalDate.class);
        Integer weeks = row.getObject(9, Integer.class);
        Optional<LatestWeeklyRun> weekly = weeks == null ? Optional.empty()
                : Optional.of(weeks == 0 ? LatestWeeklyRun.NONE : new LatestWeeklyRun(
                        IsoWeek.of(row.getObject(7, LocalDate.class)), IsoWeek.of(row.getObject(8, LocalDate.class)),
                        weeks));
        return Optional.of(new LatestRuns(first == null || last == null ? Optional.empty()
                : Optional.of(new DailyStreak.Run(first, last)), weekly, row.getBoolean(10)));
    }
}
