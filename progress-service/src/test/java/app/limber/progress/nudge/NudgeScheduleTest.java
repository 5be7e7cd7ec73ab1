package app.limber.progress.nudge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.limber.progress.TestEvents;
import app.limber.progress.persistence.NudgeSchedule;
import app.limber.testing.Database;
import io.quarkus.test.junit.QuarkusTest;

/** What a batch does to the users' places on the nudge sweep's schedule, on the real database. */
@QuarkusTest
class NudgeScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T07:30:00Z");

    private final NudgeSchedule schedule = new NudgeSchedule();

    @Test
    void aBatchBringsALaterLookForwardToNowAndLeavesAnEarlierOneAsItIs() throws SQLException {
        String later = TestEvents.user("later");
        String earlier = TestEvents.user("earlier");
        String unscheduled = TestEvents.user("unscheduled");
        due(later, NOW.plusSeconds(3600));
        due(earlier, NOW.minusSeconds(3600));

        try (Connection batch = Database.connect()) {
            schedule.lookSoon(batch, List.of(later, earlier, unscheduled), NOW);
        }

        assertEquals(List.of(List.of(earlier, seconds(NOW.minusSeconds(3600))), List.of(later, seconds(NOW)),
                        List.of(unscheduled, seconds(NOW))),
                Database.rows("select user_id, extract(epoch from due_at)::bigint from nudge_schedule"
                        + " where user_id in (?, ?, ?) order by due_at, user_id", later, earlier, unscheduled));
    }

    @Test
    void aSweepCanClaimAUserWhoseLookIsDueWhileABatchOnThemIsOpen() throws SQLException {
        String user = TestEvents.user("due");
        due(user, NOW.minusSeconds(60));

        try (Connection batch = Database.connect(); Connection sweep = Database.connect()) {
            batch.setAutoCommit(false);
            schedule.lookSoon(batch, List.of(user), NOW);
            sweep.setAutoCommit(false);
            // the sweep's claim of the row, without waiting: a lock the batch held on it would fail this
            try (PreparedStatement claim = sweep.prepareStatement("select user_id from nudge_schedule"
                    + " where user_id = ? and due_at <= ? for update nowait")) {
                claim.setString(1, user);
                claim.setTimestamp(2, Timestamp.from(NOW));
                try (ResultSet claimed = claim.executeQuery()) {
                    assertTrue(claimed.next(), "the row is due and free to claim");
                }
            }
            sweep.rollback();
            batch.rollback();
        }
    }

    private static String seconds(Instant at) {
        return Long.toString(at.getEpochSecond());
    }

    private static void due(String user, Instant at) {
        Database.update("insert into nudge_schedule (user_id, due_at) values (?, ?)", user, Timestamp.from(at));
    }
}
