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
    void everyTopicGetsADeadLetterTwinWithoutTheTopicsConfiguration() throws Exception {
        List<TopicSpec> topics = read("""
                {"topics":[{"name":"catalog.exercise-events","partitions":6,"config":{"cleanup.policy":"compact"}}],
                 "deadLetterSuffix":".dlq","futureField":true}""");

        assertEquals(List.of(
                new TopicSpec("catalog.exercise-events", 6, Map.of("cleanup.policy", "compact")),
                new TopicSpec("catalog.exercise-events.dlq", 6, Map.of())), topics);
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
                "progress.milestone-events", "progress.milestone-events.dlq",
                "progress.coach-alerts", "progress.coach-alerts.dlq"), names);
        assertTrue(topics.stream().allMatch(topic -> topic.partitions() == 6), topics.toString());
        assertEquals(Map.of("cleanup.policy", "compact"), topics.get(0).config());
        assertEquals(Map.of("retention.ms", "-1"), topics.get(4).config());
        assertEquals(Map.of("retention.ms", "-1"), topics.get(6).config(), "progress rebuilds coaching grants from them");
        assertEquals(Map.of("retention.ms", "2592000000"), topics.get(8).config(), "milestones are notifications: 30 days");
        assertEquals(Map.of("retention.ms", "2592000000"), topics.get(10).config(), "coach alerts are notifications: 30 days");
    }

    private static List<TopicSpec> read(String json) throws Exception {
        return TopicCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
