package app.limber.catalog.messaging;

import app.limber.catalog.Exercises;
import app.limber.testing.Database;
import app.limber.testing.KafkaTopicProbe;
import app.limber.testing.LimberTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static app.limber.catalog.Exercises.asAdmin;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** With the broker down, writes still succeed; their events wait in the outbox and go out, in order, once it is back. */
@QuarkusTest
class BrokerOutageTest {

    @Test
    void writesSucceedWhileKafkaIsDownAndTheirEventsFollowLater() {
        assumeTrue(LimberTestResource.kafkaRestartable(), "needs a broker the test can stop");
        String slug = Exercises.uniqueSlug("outage-walk");
        Map<String, Object> body = Exercises.body(slug);

        LimberTestResource.stopKafka();
        try {
            Exercises.create(body);
            body.put("name", "Written while the broker was away");
            Exercises.put(slug, "\"1\"", body).then().statusCode(200);
            asAdmin().delete("/exercises/" + slug).then().statusCode(204);
            given().get("/exercises/" + slug).then().statusCode(200).body("retired", equalTo(true));
            assertEquals(3, pendingOutboxEvents(slug));
        } finally {
            LimberTestResource.startKafka();
        }

        List<ConsumerRecord<String, String>> events =
                KafkaTopicProbe.awaitRecords("catalog.exercise-events", r -> slug.equals(r.key()), 3, Duration.ofSeconds(60));
        events.forEach(ExerciseEventsTest::assertHonoursContract);
        assertEquals(List.of("limber.exercise.upserted.v1", "limber.exercise.upserted.v1", "limber.exercise.retired.v1"),
                events.stream().map(r -> KafkaTopicProbe.header(r, "ce_type")).toList());
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingOutboxEvents(slug) == 0);
    }

    private static long pendingOutboxEvents(String slug) {
        return Database.count("select count(*) from outbox_event where record_key = ? and published_at is null", slug);
    }
}
