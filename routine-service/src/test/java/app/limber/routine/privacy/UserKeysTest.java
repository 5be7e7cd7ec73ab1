package app.limber.routine.privacy;

import app.limber.platform.privacy.UserKeyRecord;
import app.limber.routine.support.Api;
import app.limber.routine.support.CatalogEvents;
import app.limber.routine.support.Sessions;
import app.limber.testing.KafkaTopicProbe;
import app.limber.testing.LimberTestResource;
import app.limber.testing.SealedEvents;
import app.limber.testing.contracts.EventContracts;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.limber.routine.support.Api.admin;
import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.newUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each user's data key: on routine.user-keys, wrapped and naming no one, before their first sealed event; after their
 * erasure, gone from routine's database and, once compacted, from the topic.
 */
@QuarkusTest
class UserKeysTest {

    @BeforeEach
    void catalogKnown() {
        CatalogEvents.ensureSeedCatalog();
    }

    @Test
    void aUsersKeyIsOnTheKeyTopicBeforeTheirFirstEventAndNamesNoOne() {
        String user = newUser();
        String session = athlete(user).body(Sessions.body(null)).post("/sessions").then().statusCode(201)
                .extract().path("id");

        ConsumerRecord<String, String> event = Api.awaitEvent("limber.session.completed.v1", session);
        String alias = Api.aliasOf(user);
        ConsumerRecord<String, String> key = KafkaTopicProbe.awaitRecord(UserKeyRecord.TOPIC,
                r -> alias.equals(r.key()) && r.value() != null, Api.EVENT_DEADLINE);
        EventContracts.assertValid(UserKeyRecord.TYPE, key.value());
        assertEquals(alias, EventContracts.key(UserKeyRecord.TYPE, key.value()));
        assertFalse(key.value().contains(user) || KafkaTopicProbe.header(key, "ce_source").contains(user),
                "the key record names no one");
        assertTrue(key.timestamp() <= event.timestamp(), "the key was published before the event sealed with it");
        assertTrue(SealedEvents.alias(KafkaTopicProbe.awaitRecord(event.topic(),
                r -> r.offset() == event.offset() && r.partition() == event.partition(), Api.EVENT_DEADLINE)).isPresent());
    }

    @Test
    void anErasedUsersKeyIsCompactedAwayFromTheTopic() throws Exception {
        String user = newUser();
        athlete(user).body(Sessions.body(null)).post("/sessions").then().statusCode(201);
        String alias = Api.aliasOf(user);
        KafkaTopicProbe.awaitRecord(UserKeyRecord.TOPIC, r -> alias.equals(r.key()) && r.value() != null,
                Api.EVENT_DEADLINE);
        // the deployed topic compacts within a day (topics.json); here segments roll and are cleaned at once
        compactImmediately();

        admin(newUser()).delete("/admin/users/" + user).then().statusCode(202);

        KafkaTopicProbe.awaitRecord(UserKeyRecord.TOPIC, r -> alias.equals(r.key()) && r.value() == null,
                Api.EVENT_DEADLINE);
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            // a record in the active segment is never cleaned: each poll appends one, rolling the segment
            KafkaTopicProbe.send(UserKeyRecord.TOPIC, UUID.randomUUID().toString(), null, Map.of());
            return KafkaTopicProbe.recordsUntilNow(UserKeyRecord.TOPIC, Api.EVENT_DEADLINE).stream()
                    .noneMatch(r -> alias.equals(r.key()) && r.value() != null);
        });
    }

    private static void compactImmediately() throws Exception {
        try (Admin kafka = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                LimberTestResource.kafkaBootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, UserKeyRecord.TOPIC);
            kafka.incrementalAlterConfigs(Map.of(topic, List.of(
                    new AlterConfigOp(new ConfigEntry("segment.ms", "100"), AlterConfigOp.OpType.SET),
                    new AlterConfigOp(new ConfigEntry("max.compaction.lag.ms", "100"), AlterConfigOp.OpType.SET))))
                    .all().get();
        }
    }
}
