package app.limber.localstack;

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
        String json = """
                {"topics":[{"name":"catalog.exercise-events","partitions":6,"config":{"cleanup.policy":"compact"}}],
                 "deadLetterSuffix":".dlq","futureField":true}""";
        List<TopicSpec> topics = TopicCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(
                new TopicSpec("catalog.exercise-events", 6, Map.of("cleanup.policy", "compact")),
                new TopicSpec("catalog.exercise-events.dlq", 6, Map.of())), topics);
    }

    @Test
    void theContractsJarDeclaresTheDesignedTopics() {
        List<TopicSpec> topics = TopicCatalog.fromContracts();
        List<String> names = topics.stream().map(TopicSpec::name).toList();
        assertTrue(names.containsAll(List.of("catalog.exercise-events", "routine.plan-events", "routine.session-events",
                "catalog.exercise-events.dlq", "routine.plan-events.dlq", "routine.session-events.dlq")), names.toString());
        assertTrue(topics.stream().allMatch(topic -> topic.partitions() == 6), topics.toString());
    }
}
