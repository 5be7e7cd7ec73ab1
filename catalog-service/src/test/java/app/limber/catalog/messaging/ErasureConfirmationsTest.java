package app.limber.catalog.messaging;

import app.limber.testing.Database;
import app.limber.testing.KafkaTopicProbe;
import app.limber.testing.contracts.EventContracts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** catalog holds nothing about any person: it confirms every erasure request once, naming only the request. */
@QuarkusTest
class ErasureConfirmationsTest {

    private static final String REQUESTED = "limber.erasure.requested.v1";

    @Test
    void everyRequestIsConfirmedOnceAndNothingOfThePersonIsKept() {
        UUID requestId = UUID.randomUUID();
        String user = "canary-" + UUID.randomUUID();
        String request = request(requestId, user);
        send(requestId, request);

        ConsumerRecord<String, String> confirmation = KafkaTopicProbe.awaitRecord("privacy.erasure-confirmations",
                r -> r.value().contains(requestId.toString()), ExerciseEventsTest.DEADLINE);
        EventContracts.assertValid("limber.erasure.confirmed.v1", confirmation.value());
        assertEquals("catalog", JsonPath.from(confirmation.value()).getString("service"));
        assertEquals(requestId.toString(), confirmation.key());
        assertFalse(confirmation.value().contains(user));

        // the same request again, then another behind it on the same key: only the second is confirmed
        send(requestId, request);
        send(requestId, request(requestId, "sentinel"));
        Awaitility.await().atMost(ExerciseEventsTest.DEADLINE).until(() -> confirmations(requestId) >= 2);
        assertEquals(2, confirmations(requestId));
        assertEquals(0, Database.count("select count(*) from outbox_event where strpos(payload::text, ?) > 0", user));
    }

    private static long confirmations(UUID requestId) {
        return Database.count("select count(*) from outbox_event where event_type = 'limber.erasure.confirmed.v1' "
                + "and payload ->> 'requestId' = ?", requestId.toString());
    }

    private static void send(UUID requestId, String json) {
        KafkaTopicProbe.send("privacy.erasure-requests", requestId.toString(), json, Map.of("ce_type", REQUESTED,
                "ce_id", JsonPath.from(json).getString("eventId"), "ce_source", "/routine-service", "ce_specversion", "1.0"));
    }

    private static String request(UUID requestId, String userId) {
        String json = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\"" + Instant.now() + "\",\"requestId\":\""
                + requestId + "\",\"userId\":\"" + userId + "\",\"requestedBy\":\"admin\"}";
        EventContracts.assertValid(REQUESTED, json);
        return json;
    }
}
