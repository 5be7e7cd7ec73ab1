package app.limber.infra;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicCatalogTest {

    @Test
    void everyTopicGetsADeadLetterTwinWithTheDeadLetterConfigurationNotTheTopics() throws Exception {
        List<TopicSpec> topics = read("""
                {"topics":[{"name":"catalog.exercise-events","partitions":6,"config":{"cleanup.policy":"compact"}}],
                 "deadLetterSuffix":".dlq","deadLetterConfig":{"retention.ms":"604800000"},"futureField":true}""");

        assertEquals(List.of(
                new TopicSpec("catalog.exercise-events", 6, Map.of("cleanup.policy", "compact")),
                new TopicSpec("catalog.exercise-events.dlq", 6, Map.of("retention.ms", "604800000"))), topics);
    }

    @Test
    void aTopicWithoutConfigurationAndADocumentWithoutSuffixStillGetTheirTwins() throws Exception {
        List<TopicSpec> topics = read("""
                {"topics":[{"name":"routine.plan-events","partitions":3}]}""");

        assertEquals(List.of(new TopicSpec("routine.plan-events", 3, Map.of()),
                new TopicSpec("routine.plan-events.dlq", 3, Map.of())), topics);
    }

    @Test
    void theContractsJarDeclaresTheDesignedTopics() {
        List<TopicSpec> topics = TopicCatalog.fromContracts();
        List<String> names = topics.stream().map(TopicSpec::name).toList();

        assertEquals(List.of("catalog.exercise-events", "catalog.exercise-events.dlq", "routine.plan-events",
                "routine.plan-events.dlq", "routine.session-events", "routine.session-events.dlq",
                "routine.coaching-events", "routine.coaching-events.dlq",
                "routine.user-keys", "routine.user-keys.dlq",
                "progress.milestone-events", "progress.milestone-events.dlq",
                "progress.coach-alerts", "progress.coach-alerts.dlq",
                "privacy.erasure-requests", "privacy.erasure-requests.dlq",
                "privacy.erasure-confirmations", "privacy.erasure-confirmations.dlq"), names);
        assertTrue(topics.stream().allMatch(topic -> topic.partitions() == 6), topics.toString());
        assertEquals(Map.of("cleanup.policy", "compact"), topics.get(0).config());
        assertEquals(Map.of("retention.ms", "-1"), topics.get(4).config());
        assertEquals(Map.of("retention.ms", "-1"), topics.get(6).config(), "progress rebuilds coaching grants from them");
        assertEquals(Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "0", "max.compaction.lag.ms", "86400000",
                        "segment.ms", "3600000", "delete.retention.ms", "3600000", "min.cleanable.dirty.ratio", "0.01"),
                topics.get(8).config(), "an erased user's key is compacted away within a day and an hour or two");
        Map<String, String> week = Map.of("retention.ms", "604800000");
        assertEquals(week, topics.get(10).config(), "milestones are notifications, gone well inside an erasure's month");
        assertEquals(week, topics.get(12).config(), "coach alerts are notifications, gone well inside an erasure's month");
        assertEquals(week, topics.get(14).config(), "erasure requests name whom to erase: a week");
        assertEquals(week, topics.get(16).config());
        topics.stream().filter(topic -> topic.name().endsWith(".dlq")).forEach(topic ->
                assertEquals(week, topic.config(), topic.name() + ": dead letters copy personal data, kept a week"));
    }

    private static List<TopicSpec> read(String json) throws Exception {
        return TopicCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
