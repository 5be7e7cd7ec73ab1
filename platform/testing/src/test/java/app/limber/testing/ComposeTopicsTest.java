package app.limber.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docker-compose cannot read topics.json (the Kafka image has no JSON tool), so its topic script
 * repeats the definitions; this keeps the copy honest.
 */
class ComposeTopicsTest {

    private static final Path SCRIPT = Path.of("../compose/create-topics.sh");

    @Test
    void composeCreatesEveryTopicAsTheContractsDefineIt() throws IOException {
        String script = Files.readString(SCRIPT);
        JsonNode topics = topicsJson();
        for (JsonNode topic : topics.get("topics")) {
            String name = topic.get("name").asText();
            Matcher line = Pattern.compile("(?m)^create " + Pattern.quote(name) + "( .*)?$").matcher(script);
            assertTrue(line.find(), "create-topics.sh does not create " + name);
            String options = line.group(1) == null ? "" : line.group(1);
            topic.get("config").fields().forEachRemaining(entry ->
                    assertTrue(options.contains("--config " + entry.getKey() + "=" + entry.getValue().asText()),
                            name + " lacks " + entry.getKey() + "=" + entry.getValue().asText() + " in create-topics.sh"));
            assertTrue(script.contains(name), name + " missing from the dead-letter loop");
            assertEquals(6, topic.get("partitions").asInt(), "create-topics.sh creates 6 partitions per topic");
        }
        assertTrue(script.contains("--partitions 6"), "create-topics.sh must create 6 partitions");
        assertTrue(script.contains("\"$t" + topics.get("deadLetterSuffix").asText() + "\""),
                "create-topics.sh must create the dead-letter topics");
        topics.get("deadLetterConfig").fields().forEachRemaining(entry -> assertTrue(script.contains(
                        "\"$t" + topics.get("deadLetterSuffix").asText() + "\" --config " + entry.getKey() + "=" + entry.getValue().asText()),
                "create-topics.sh must give the dead-letter topics " + entry.getKey() + "=" + entry.getValue().asText()));
    }

    private static JsonNode topicsJson() throws IOException {
        try (InputStream in = ComposeTopicsTest.class.getClassLoader().getResourceAsStream("limber/contracts/topics.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
