package app.limber.routine.messaging;

import app.limber.routine.support.CatalogEvents;
import app.limber.routine.support.SeedCatalog;
import app.limber.testing.Database;
import app.limber.testing.LimberTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The service is not ready before its catalog read model holds every catalog event published before it
 * started: here the seed catalog and a few hundred more exercises, so that catching up takes a while. They
 * go to a catalog topic of this test's own, which leaves the shared topic as the other tests expect it.
 */
@QuarkusTest
@TestProfile(ReadModelReadinessTest.CatalogPublishedBeforeStart.class)
class ReadModelReadinessTest {

    private static final String TOPIC = "catalog.exercise-events.readiness-test";
    private static final String FILLER_PREFIX = "published-before-start-";
    private static final int FILLERS = 300;

    public static class CatalogPublishedBeforeStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.exercise-events.topic", TOPIC);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PublishCatalog.class));
        }
    }

    /** Runs before the application starts. */
    public static class PublishCatalog implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            String servers = LimberTestResource.kafkaBootstrapServers();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 6, (short) 1))).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create " + TOPIC, e);
                }
            } catch (InterruptedException | TimeoutException e) {
                throw new IllegalStateException("cannot create " + TOPIC, e);
            }
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers), new StringSerializer(), new StringSerializer())) {
                for (String slug : SeedCatalog.slugs()) {
                    sent.add(producer.send(upserted(slug, SeedCatalog.upsertedPayload(slug))));
                }
                for (int i = 0; i < FILLERS; i++) {
                    String slug = FILLER_PREFIX + i;
                    sent.add(producer.send(upserted(slug, CatalogEvents.testExercise(slug, 1, "Filler " + i))));
                }
                for (Future<RecordMetadata> record : sent) {
                    record.get(30, TimeUnit.SECONDS);
                }
            } catch (ExecutionException | InterruptedException | TimeoutException e) {
                throw new IllegalStateException("cannot publish to " + TOPIC, e);
            }
            return Map.of();
        }

        private static ProducerRecord<String, String> upserted(String slug, String json) {
            ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, slug, json);
            CatalogEvents.headers(CatalogEvents.UPSERTED)
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            return record;
        }

        @Override
        public void stop() {
        }
    }

    @Test
    void readyOnlyOnceTheReadModelHoldsWhatTheTopicHadAtStart() throws SQLException {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);

        assertEquals(FILLERS, count("select count(*) from catalog_exercise where slug like '" + FILLER_PREFIX + "%'"));
        assertEquals(SeedCatalog.slugs().size(), count("select count(*) from catalog_exercise where slug in ("
                + String.join(",", SeedCatalog.slugs().stream().map(s -> "'" + s + "'").toList()) + ")"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == '" + ReadModelReadiness.NAME + "' }.status", equalTo("UP"));
    }

    private static long count(String query) throws SQLException {
        try (Connection c = Database.connect();
             PreparedStatement s = c.prepareStatement(query);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
