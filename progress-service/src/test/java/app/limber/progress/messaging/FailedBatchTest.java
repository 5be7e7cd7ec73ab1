package app.limber.progress.messaging;

import static app.limber.progress.Progress.awaitMe;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.limber.progress.Progress;
import app.limber.progress.TestEvents;
import app.limber.testing.Database;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A batch whose transaction fails part-way leaves no trace and is read again: offsets are committed only after
 * the database commit, so nothing is lost, and the rollback means nothing is counted twice.
 */
@QuarkusTest
class FailedBatchTest {

    @AfterEach
    void endOutage() {
        Database.execute("drop trigger if exists simulated_outage on day_tally");
    }

    @Test
    void aTransactionFailingMidBatchIsRetriedUntilItCommitsAndCountsEverythingOnce() {
        String unlucky = TestEvents.user("outage");
        String bystander = TestEvents.user("bystander");
        // fails the batch after processed_event, raw facts and applied sessions were written in it
        Database.execute("create or replace function fail_for_unlucky() returns trigger language plpgsql as $$ begin "
                + "if new.user_id = '" + unlucky + "' then raise exception 'simulated outage'; end if; return new; end $$");
        Database.execute("create trigger simulated_outage before insert on day_tally for each row execute function fail_for_unlucky()");

        for (int i = 0; i < 5; i++) {
            session(unlucky, i);
            session(bystander, i);
        }
        await().atMost(Progress.DEADLINE).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().body(containsString("simulated outage")));
        assertEquals(0, Database.count("select count(*) from applied_session where user_id = ?", unlucky));
        assertEquals(0, Database.count("select count(*) from session_completed where user_id = ?", unlucky));

        endOutage();

        awaitMe(unlucky, me -> me.body("totals.sessions", equalTo(5)));
        awaitMe(bystander, me -> me.body("totals.sessions", equalTo(5)));
        assertEquals(5, Database.count("select count(*) from applied_session where user_id = ?", unlucky));
        assertEquals(5, Database.count("select count(*) from session_completed where user_id = ?", unlucky));
        assertEquals(5, Database.count("select sum(sessions) from day_tally where user_id = ?", unlucky));
    }

    private static void session(String user, int hoursAgo) {
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, UUID.randomUUID(),
                UUID.randomUUID(), null, Instant.now().minusSeconds(3600L * (hoursAgo + 1)), "UTC"));
    }
}
