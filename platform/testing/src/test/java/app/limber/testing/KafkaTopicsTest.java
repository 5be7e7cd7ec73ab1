package app.limber.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

class KafkaTopicsTest {

    private static final List<String> TOPICS = List.of(
            "catalog.exercise-events", "routine.plan-events", "routine.session-events", "routine.coaching-events",
            "progress.milestone-events", "progress.coach-alerts", "privacy.erasure-requests", "privacy.erasure-confirmations");

    @Test
    void limberTopicsAndTheirDeadLetterTopicsExistWithSixPartitions() throws Exception {
        List<String> all = TOPICS.stream().flatMap(t -> java.util.stream.Stream.of(t, t + ".dlq")).toList();

        Map<String, Integer> partitions = describe(all).values().stream()
                .collect(Collectors.toMap(TopicDescription::name, d -> d.partitions().size()));

        assertEquals(all.stream().collect(Collectors.toMap(Function.identity(), t -> 6)), partitions);
    }

    @Test
    void exerciseEventsAreCompactedAndTheEventLogsKeptForever() throws Exception {
        Map<String, Config> configs = configs(TOPICS);

        assertEquals("compact", configs.get("catalog.exercise-events").get("cleanup.policy").value());
        assertEquals("-1", configs.get("routine.plan-events").get("retention.ms").value());
        assertEquals("-1", configs.get("routine.session-events").get("retention.ms").value());
        assertEquals("delete", configs.get("routine.session-events").get("cleanup.policy").value());
        assertEquals("-1", configs.get("routine.coaching-events").get("retention.ms").value());
    }

    /** An erasure must reach every copy within a month; these topics are not rebuilt from, so a week is enough. */
    @Test
    void notificationsErasureRequestsAndDeadLettersAreKeptForAWeek() throws Exception {
        List<String> bounded = new java.util.ArrayList<>(List.of("progress.milestone-events", "progress.coach-alerts",
                "privacy.erasure-requests", "privacy.erasure-confirmations"));
        TOPICS.forEach(t -> bounded.add(t + ".dlq"));
        Map<String, Config> configs = configs(bounded);

        for (String topic : bounded) {
            assertEquals("604800000", configs.get(topic).get("retention.ms").value(), topic);
            assertEquals("delete", configs.get(topic).get("cleanup.policy").value(), topic);
        }
    }

    private static Map<String, TopicDescription> describe(List<String> topics) throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            return admin.describeTopics(topics).allTopicNames().get();
        }
    }

    private static Map<String, Config> configs(List<String> topics) throws ExecutionException, InterruptedException {
        try (Admin admin = admin()) {
            List<ConfigResource> resources = topics.stream()
                    .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t))
                    .toList();
            return admin.describeConfigs(resources).all().get().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LimberTestResource.kafkaBootstrapServers()));
    }
}
