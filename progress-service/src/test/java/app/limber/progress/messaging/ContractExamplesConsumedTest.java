package app.limber.progress.messaging;

import static app.limber.progress.Progress.awaitMe;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.limber.progress.Progress;
import app.limber.progress.TestEvents;
import app.limber.testing.Database;
import app.limber.testing.contracts.EventContracts;
import io.quarkus.test.junit.QuarkusTest;

/** Every example of every event type progress reads goes through the real topics and is applied. */
@QuarkusTest
class ContractExamplesConsumedTest {

    private static final List<String> TYPES = List.of(TestEvents.PLAN_SCHEDULED, TestEvents.PLAN_ENDED,
            TestEvents.SESSION_COMPLETED, TestEvents.SESSION_DELETED);

    @Test
    void everyExampleIsConsumedAndApplied() {
        List<String> eventIds = new ArrayList<>();
        for (String type : TYPES) {
            for (String example : EventContracts.examples(type)) {
                TestEvents.publish(type, example);
                eventIds.add(TestEvents.eventId(example));
            }
        }

        await().atMost(Progress.DEADLINE).untilAsserted(() -> assertEquals(eventIds.size(), Database.count(
                "select count(*) from processed_event where event_id::text = any(?)", (Object) eventIds.toArray(String[]::new))));
        // anna's warm-up was deleted by the session.deleted example; the late cool-down has no plan
        awaitMe("anna", me -> me.body("totals.sessions", equalTo(0)));
        awaitMe("auth0|65f2c1a9e4b7d80012ab34cd", me -> me
                .body("totals.sessions", equalTo(1))
                .body("totals.minutes", equalTo(18)));
        assertEquals(List.of(List.of("2026-12-20")), Database.rows("select ends_on from user_plan where user_id = 'anna'"));
    }
}
