package app.limber.progress.milestone;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.limber.progress.FixedClock;
import app.limber.progress.TestEvents;
import app.limber.testing.Database;
import app.limber.testing.KafkaTopicProbe;
import app.limber.testing.TestTokens;
import app.limber.testing.contracts.EventContracts;
import io.restassured.response.ValidatableResponse;

/**
 * A user's milestones as the notification system and the user see them: the events on
 * {@code progress.milestone-events}, each checked against its contract, and the feed. Tests run at
 * {@link FixedClock#NOW}, Monday 2026-11-23 in UTC.
 */
final class Milestones {

    static final String TOPIC = "progress.milestone-events";
    /** Monday of 2026-W48: the users' today at {@link FixedClock#NOW} (their plans are in UTC). */
    static final LocalDate TODAY = FixedClock.NOW.atZone(ZoneOffset.UTC).toLocalDate();
    /** The fixed clock's application start first reads the topics from their start (every earlier test's events). */
    static final Duration DEADLINE = Duration.ofSeconds(90);

    private static final ObjectMapper JSON = new ObjectMapper();

    private Milestones() {
    }

    /** The id the contract gives the occurrence-th time a key became true: nameUUIDFromBytes("user|key|occurrence"). */
    static UUID id(String user, String keyText, int occurrence) {
        return UUID.nameUUIDFromBytes((user + "|" + keyText + "|" + occurrence).getBytes(StandardCharsets.UTF_8));
    }

    /** The id of the revocation of a milestone: nameUUIDFromBytes("revoked|<revoked id>"). */
    static UUID revocationId(UUID revoked) {
        return UUID.nameUUIDFromBytes(("revoked|" + revoked).getBytes(StandardCharsets.UTF_8));
    }

    /** Waits until at least {@code count} events for the user are on the topic; returns them in order, checked. */
    static List<ConsumerRecord<String, String>> awaitPublished(String user, int count) {
        List<ConsumerRecord<String, String>> records = KafkaTopicProbe.awaitRecords(TOPIC,
                record -> user.equals(record.key()), count, DEADLINE);
        records.forEach(Milestones::assertContract);
        return records;
    }

    /**
     * Every event for the user on the topic, once the outbox holds nothing unpublished for them: what the
     * notification system got.
     */
    static List<ConsumerRecord<String, String>> published(String user) {
        Awaitility.await().atMost(DEADLINE).until(() -> Database.count(
                "select count(*) from outbox_event where record_key = ? and published_at is null", user) == 0);
        List<ConsumerRecord<String, String>> records = KafkaTopicProbe.recordsUntilNow(TOPIC, DEADLINE).stream()
                .filter(record -> user.equals(record.key())).toList();
        records.forEach(Milestones::assertContract);
        return records;
    }

    static String type(ConsumerRecord<String, String> record) {
        return KafkaTopicProbe.header(record, "ce_type");
    }

    static JsonNode payload(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(record.value(), e);
        }
    }

    static List<UUID> ids(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> UUID.fromString(KafkaTopicProbe.header(record, "ce_id"))).toList();
    }

    static ValidatableResponse feed(String user, Map<String, ?> query) {
        return given().auth().oauth2(TestTokens.token(user, "athlete")).queryParams(query)
                .when().get("/progress/me/milestones").then().statusCode(200);
    }

    /** Waits until the user's feed (first page, default size) passes {@code check}. */
    static void awaitFeed(String user, Consumer<ValidatableResponse> check) {
        Awaitility.await().atMost(DEADLINE).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> check.accept(feed(user, Map.of())));
    }

    /** A half-hour session at noon UTC on {@code day}, in a plan in UTC; returns the event's JSON as published. */
    static String session(String user, UUID sessionId, UUID routine, UUID plan, LocalDate day) {
        String json = TestEvents.sessionCompleted(user, sessionId, routine, plan, day.atTime(12, 0).toInstant(ZoneOffset.UTC),
                "UTC");
        TestEvents.publish(TestEvents.SESSION_COMPLETED, json);
        return json;
    }

    private static void assertContract(ConsumerRecord<String, String> record) {
        String type = type(record);
        EventContracts.assertValid(type, record.value());
        JsonNode payload = payload(record);
        assertEquals(EventContracts.key(type, record.value()), record.key(), "key of " + record.value());
        assertEquals("/progress-service", KafkaTopicProbe.header(record, "ce_source"));
        assertEquals(payload.path("eventId").asText(), KafkaTopicProbe.header(record, "ce_id"), "ce_id");
        assertEquals(payload.path("eventId").asText(), payload.path("milestoneId").asText(), "eventId = milestoneId");
    }
}
