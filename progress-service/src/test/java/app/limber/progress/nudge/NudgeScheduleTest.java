package app.limber.progress.nudge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

        assertEquals(Map.of(earlier, seconds(NOW.minusSeconds(3600)), later, seconds(NOW), unscheduled, seconds(NOW)),
                Database.rows("select user_id, extract(epoch from due_at)::bigint from nudge_schedule"
                        + " where user_id in (?, ?, ?)", later, earlier, unscheduled).stream()
                        .collect(Collectors.toMap(row -> row.get(0), row -> row.get(1))));
    }

    @Test
    void aSweepCanClaimAUserWhoseLookIsDueWhileABatchOnThemIsOpen() throws SQLException {
        String user = TestEvents.user("due");
        due(user, NOW.minusSeconds(60));

        try (Connection batch = Database.connect(); Connection sweep = Database.connect()) {
            batch.setAutoCommit(false);
            schedule.lookSoon(batch, List.of(user), NOW);
            sweep.setAutoCommit(false);
            // the sweep's own claim skips rows another transaction has locked
            assertTrue(schedule.claimDue(sweep, NOW, Integer.MAX_VALUE).contains(user),
                    "the row is due and free to claim");
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
