package app.limber.testing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

import app.limber.infra.TopicProvisioner;
import app.limber.infra.TopicSpec;

/** The one provisioner behind the test resource, the local stack and the benches, against the tests' broker. */
class TopicProvisionerTest {

    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @Test
    void missingTopicsAreCreatedAndASecondRunCreatesNothing() throws Exception {
        String name = "provisioner-" + UUID.randomUUID();
        List<TopicSpec> declared = List.of(new TopicSpec(name, 3, Map.of("retention.ms", "-1")),
                new TopicSpec(name + ".dlq", 3, Map.of()));

        assertEquals(List.of(name, name + ".dlq"), sorted(TopicProvisioner.ensure(bootstrap(), declared)));
        assertEquals(List.of(), TopicProvisioner.ensure(bootstrap(), declared));

        try (Admin admin = admin()) {
            await().atMost(DEADLINE).untilAsserted(() -> {
                assertEquals(3, partitions(admin, name));
                assertEquals("-1", config(admin, name, "retention.ms"));
            });
        }
    }

    @Test
    void aTopicThatExistsWithFewerPartitionsAndOtherSettingsIsBroughtInLine() throws Exception {
        String name = "provisioner-" + UUID.randomUUID();
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(name, Optional.of(2), Optional.empty())
                    .configs(Map.of("cleanup.policy", "delete")))).all().get(30, TimeUnit.SECONDS);

            List<String> created = TopicProvisioner.ensure(bootstrap(), List.of(new TopicSpec(name, 6, Map.of("cleanup.policy", "compact"))));

            assertEquals(List.of(), created, "an existing topic is reconciled, not created");
            // the controller has committed the change; the broker that answers describe calls follows shortly
            await().atMost(DEADLINE).untilAsserted(() -> {
                assertEquals(6, partitions(admin, name));
                assertEquals("compact", config(admin, name, "cleanup.policy"));
            });
        }
    }

    private static String bootstrap() {
        return LimberTestResource.kafkaBootstrapServers();
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()));
    }

    private static int partitions(Admin admin, String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions().size();
    }

    private static String config(Admin admin, String topic, String key) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource).get(key).value();
    }

    private static List<String> sorted(List<String> names) {
        return names.stream().sorted().toList();
    }
}
