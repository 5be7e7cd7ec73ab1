package app.limber.testing.contracts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How producer and consumer tests experience the API. */
class EventContractsTest {

    private static final String DELETED = "limber.session.deleted.v1";

    @Test
    void assertValidReportsEveryViolationAtOnce() {
        String payload = """
                {"eventId": "not-a-uuid", "occurredAt": "2026-11-17T20:11:09Z", "userId": "anna"}""";
        AssertionError error = assertThrows(AssertionError.class, () -> EventContracts.assertValid(DELETED, payload));
        assertTrue(error.getMessage().contains("$.eventId"), error.getMessage());
        assertTrue(error.getMessage().contains("sessionId"), error.getMessage());
    }

    @Test
    void textThatIsNoJsonIsAViolationNotACrash() {
        assertEquals(1, EventContracts.validate(DELETED, "{\"eventId\": ").size());
        assertTrue(EventContracts.validate(DELETED, "not json").get(0).contains("not valid JSON"));
    }

    @Test
    void anUnknownTypeIsAMistakeInTheTest() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> EventContracts.validate("limber.session.completed.v9", "{}"));
        assertTrue(error.getMessage().contains("limber.session.completed.v1"), "lists the known types");
    }

    @Test
    void tellsWhereEachTypeIsPublishedAndUnderWhichKey() {
        assertEquals("catalog.exercise-events", EventContracts.topic("limber.exercise.retired.v1"));
        assertEquals("routine.session-events", EventContracts.topic(DELETED));
        assertEquals("routine.plan-events", EventContracts.topic("limber.plan.ended.v1"));
        assertEquals("sumo-squat", EventContracts.key("limber.exercise.retired.v1",
                EventContracts.examples("limber.exercise.retired.v1").get(0)));
        assertEquals("anna", EventContracts.key(DELETED, EventContracts.examples(DELETED).get(0)));
    }
}
