package app.limber.routine.support;

import app.limber.testing.Database;
import app.limber.testing.KafkaTopicProbe;
import app.limber.testing.SealedEvents;
import app.limber.testing.TestTokens;
import app.limber.testing.contracts.EventContracts;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Requests as a given user, and the events the service published for them. */
public final class Api {

    public static final Duration EVENT_DEADLINE = Duration.ofSeconds(30);

    private Api() {
    }

    /** A user id no other test uses. */
    public static String newUser() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification athlete(String user) {
        return as(user, "athlete");
    }

    public static RequestSpecification coach(String user) {
        return as(user, "coach");
    }

    public static RequestSpecification admin(String user) {
        return as(user, "admin");
    }

    public static RequestSpecification as(String user, String... groups) {
        return given().auth().oauth2(TestTokens.token(user, groups)).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    /**
     * The event of this type whose payload mentions {@code marker} (a plan, session or user id), opened (routine's
     * topics carry sealed payloads), checked against its contract, its key and its CloudEvents headers.
     */
    public static ConsumerRecord<String, String> awaitEvent(String type, String marker) {
        ConsumerRecord<String, String> sealed = KafkaTopicProbe.awaitRecord(EventContracts.topic(type),
                r -> type.equals(KafkaTopicProbe.header(r, "ce_type")) && opened(r).contains(marker), EVENT_DEADLINE);
        ConsumerRecord<String, String> record = SealedEvents.opened(sealed);
        EventContracts.assertValid(type, record.value());
        String expectedKey = SealedEvents.alias(sealed).orElseGet(() -> EventContracts.key(type, record.value()));
        if (!expectedKey.equals(record.key()) || record.value().equals(sealed.value())
                && record.topic().startsWith("routine.")) {
            throw new AssertionError("key " + record.key() + " is not the sealed alias for " + record.value());
        }
        if (!"/routine-service".equals(KafkaTopicProbe.header(record, "ce_source"))
                || !record.value().contains(KafkaTopicProbe.header(record, "ce_id"))) {
            throw new AssertionError("ce_source / ce_id headers do not match " + record.value());
        }
        return record;
    }

    /** The first {@code count} events of this type mentioning {@code marker}, in topic order, each checked like {@link #awaitEvent}. */
    public static List<ConsumerRecord<String, String>> awaitEvents(String type, String marker, int count) {
        List<ConsumerRecord<String, String>> records = KafkaTopicProbe.awaitRecords(EventContracts.topic(type),
                r -> type.equals(KafkaTopicProbe.header(r, "ce_type")) && opened(r).contains(marker), count,
                EVENT_DEADLINE).stream().map(SealedEvents::opened).toList();
        records.forEach(r -> EventContracts.assertValid(type, r.value()));
        return records;
    }

    /** How many events of this type mention {@code marker}, among everything published so far. */
    public static long countEvents(String type, String marker) {
        return KafkaTopicProbe.recordsUntilNow(EventContracts.topic(type), EVENT_DEADLINE).stream()
                .filter(r -> type.equals(KafkaTopicProbe.header(r, "ce_type")) && opened(r).contains(marker))
                .count();
    }

    /** The alias that keys the user's events on routine's topics (their row in user_key). */
    public static String aliasOf(String user) {
        List<List<String>> rows = Database.rows("select alias::text from user_key where user_id = ?", user);
        if (rows.size() != 1) {
            throw new AssertionError(user + " has " + rows.size() + " keys");
        }
        return rows.get(0).get(0);
    }

    private static String opened(ConsumerRecord<String, String> record) {
        return record.value() == null ? "" : SealedEvents.opened(record).value();
    }
}
