package app.limber.testing.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.NewTopic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The topics every Limber broker must have, read from the contracts module's {@code limber/contracts/topics.json}
 * so that the test resource, the local stack and compose cannot disagree: each listed topic with its partitions
 * and configs, plus a dead-letter topic {@code <topic><deadLetterSuffix>} with the same partition count.
 */
final class TopicPlan {

    static final String RESOURCE = "limber/contracts/topics.json";

    private TopicPlan() {
    }

    static List<NewTopic> fromClasspath() {
        try (InputStream in = TopicPlan.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path (limber-contracts missing?)");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }

    static List<NewTopic> parse(JsonNode plan) {
        String deadLetterSuffix = plan.path("deadLetterSuffix").asText(".dlq");
        List<NewTopic> topics = new ArrayList<>();
        for (JsonNode topic : plan.path("topics")) {
            String name = topic.path("name").asText();
            int partitions = topic.path("partitions").asInt();
            Map<String, String> config = new LinkedHashMap<>();
            topic.path("config").fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
            // replication left to the broker's default: 1 on a test broker, more on a real cluster
            topics.add(new NewTopic(name, Optional.of(partitions), Optional.empty()).configs(config));
            topics.add(new NewTopic(name + deadLetterSuffix, Optional.of(partitions), Optional.empty()));
        }
        return topics;
    }
}
