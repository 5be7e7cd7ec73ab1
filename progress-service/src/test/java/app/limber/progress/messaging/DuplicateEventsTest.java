package app.limber.progress.messaging;

import static app.limber.progress.Progress.awaitMe;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.limber.progress.TestEvents;
import io.quarkus.test.junit.QuarkusTest;

/** Redeliveries and re-sent sessions count once. */
@QuarkusTest
class DuplicateEventsTest {

    @Test
    void theSameEventDeliveredThreeTimesCountsOnce() {
        String user = TestEvents.user("duplicates");
        String session = TestEvents.sessionCompleted(user, UUID.randomUUID(), UUID.randomUUID(), null,
                Instant.now().minusSeconds(3600), "Europe/Berlin");
        String marker = TestEvents.sessionCompleted(user, UUID.randomUUID(), UUID.randomUUID(), null,
                Instant.now().minusSeconds(7200), "Europe/Berlin");

        TestEvents.publish(TestEvents.SESSION_COMPLETED, session);
        TestEvents.publish(TestEvents.SESSION_COMPLETED, session);
        TestEvents.publish(TestEvents.SESSION_COMPLETED, session);
        TestEvents.publish(TestEvents.SESSION_COMPLETED, marker);

        awaitMe(user, me -> me.body("totals.sessions", equalTo(2)).body("totals.minutes", equalTo(60)));
    }

    @Test
    void theSameSessionUnderANewEventIdCountsOnce() throws Exception {
        String user = TestEvents.user("resent");
        String session = TestEvents.sessionCompleted(user, UUID.randomUUID(), UUID.randomUUID(), null,
                Instant.now().minusSeconds(3600), "UTC");
        ObjectNode resent = (ObjectNode) new ObjectMapper().readTree(session);
        resent.put("eventId", UUID.randomUUID().toString());

        TestEvents.publish(TestEvents.SESSION_COMPLETED, session);
        TestEvents.publish(TestEvents.SESSION_COMPLETED, resent.toString());
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, UUID.randomUUID(),
                UUID.randomUUID(), null, Instant.now().minusSeconds(60), "UTC"));

        awaitMe(user, me -> me.body("totals.sessions", equalTo(2)));
    }
}
