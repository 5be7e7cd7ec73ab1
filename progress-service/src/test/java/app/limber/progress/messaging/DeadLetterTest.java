package app.limber.progress.messaging;

import static app.limber.progress.Progress.awaitMe;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

import app.limber.progress.TestEvents;
import app.limber.testing.KafkaTopicProbe;
import io.quarkus.test.junit.QuarkusTest;

/** Records progress cannot apply go to the dead-letter topic with why and whence; the rest goes on. */
@QuarkusTest
class DeadLetterTest {

    private static final String SESSIONS = "routine.session-events";
    private static final String PLANS = "routine.plan-events";

    @Test
    void poisonRecordsAreDeadLetteredWhileTheGoodOnesAroundThemAreApplied() {
        String user = TestEvents.user("poison");
        good(user);
        RecordMetadata badJson = poison(SESSIONS, user, "{\"eventId\": ", TestEvents.SESSION_COMPLETED);
        RecordMetadata nullValue = poison(SESSIONS, user, null, TestEvents.SESSION_DELETED);
        RecordMetadata unknownType = poison(SESSIONS, user, TestEvents.sessionDeleted(user, UUID.randomUUID()),
                "limber.session.archived.v1");
        RecordMetadata noEventId = poison(SESSIONS, user,
                "{\"occurredAt\":\"2026-11-20T10:00:00Z\",\"userId\":\"" + user + "\",\"sessionId\":\"" + UUID.randomUUID() + "\"}",
                TestEvents.SESSION_DELETED);
        good(user);
        String tooAmbitious = TestEvents.planScheduled(user, UUID.randomUUID(), UUID.randomUUID(), 14, "UTC",
                LocalDate.now(), null).replace("\"weeklyTarget\":14", "\"weeklyTarget\":15");
        RecordMetadata outOfRange = poison(PLANS, user, tooAmbitious, TestEvents.PLAN_SCHEDULED);
        good(user);

        awaitMe(user, me -> me.body("totals.sessions", equalTo(3)));
        List<ConsumerRecord<String, String>> letters = KafkaTopicProbe.awaitRecords(SESSIONS + ".dlq",
                record -> user.equals(record.key()), 4, Duration.ofSeconds(20));
        Map<Long, ConsumerRecord<String, String>> byOffset = new HashMap<>();
        letters.forEach(letter -> byOffset.put(Long.parseLong(KafkaTopicProbe.header(letter, "dead-letter-offset")), letter));
        assertLetter(byOffset.get(badJson.offset()), badJson, "not valid JSON");
        assertLetter(byOffset.get(nullValue.offset()), nullValue, "null value");
        assertLetter(byOffset.get(unknownType.offset()), unknownType, "unsupported event type limber.session.archived.v1");
        assertLetter(byOffset.get(noEventId.offset()), noEventId, "$.eventId: is required");
        assertEquals(TestEvents.SESSION_COMPLETED, KafkaTopicProbe.header(byOffset.get(badJson.offset()), "ce_type"));

        ConsumerRecord<String, String> planLetter = KafkaTopicProbe.awaitRecord(PLANS + ".dlq",
                record -> user.equals(record.key()), Duration.ofSeconds(20));
        assertLetter(planLetter, outOfRange, "$.weeklyTarget: must be 1..14");
        assertEquals("$.weeklyTarget: must be 1..14", KafkaTopicProbe.header(planLetter, "dead-letter-reason"),
                "the reason names the rule, not the value");
        assertEquals(tooAmbitious, planLetter.value());

        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    private static void assertLetter(ConsumerRecord<String, String> letter, RecordMetadata original, String reason) {
        assertTrue(letter != null, "no dead letter for offset " + original.offset());
        assertTrue(KafkaTopicProbe.header(letter, "dead-letter-reason").startsWith(reason),
                KafkaTopicProbe.header(letter, "dead-letter-reason"));
        assertEquals(original.topic(), KafkaTopicProbe.header(letter, "dead-letter-topic"));
        assertEquals(Integer.toString(original.partition()), KafkaTopicProbe.header(letter, "dead-letter-partition"));
    }

    private static void good(String user) {
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, UUID.randomUUID(),
                UUID.randomUUID(), null, Instant.now().minusSeconds(600), "UTC"));
    }

    private static RecordMetadata poison(String topic, String user, String value, String type) {
        return KafkaTopicProbe.send(topic, user, value, Map.of("ce_type", type, "ce_source", "/routine-service",
                "ce_specversion", "1.0"));
    }
}
