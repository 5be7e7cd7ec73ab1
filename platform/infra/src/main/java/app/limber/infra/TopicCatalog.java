package app.limber.infra;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The topic list from the {@code limber-contracts} jar ({@value #RESOURCE}), the one place topics are declared,
 * so that the test resource, the local stack and the benches cannot disagree (compose repeats it in a script,
 * kept honest by a test). Each topic gets a dead-letter twin with the same partition count and the document's
 * {@code deadLetterConfig}: dead letters are never compacted, since several rejects may share a key and each must
 * stay readable, and they copy personal data, so they are kept for a bounded time.
 */
public final class TopicCatalog {

    public static final String RESOURCE = "limber/contracts/topics.json";

    private TopicCatalog() {
    }

    public static List<TopicSpec> fromContracts() {
        try (InputStream json = TopicCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new InfrastructureException(RESOURCE + " is not on the class path (is limber-contracts built?)");
            }
            return read(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static List<TopicSpec> read(InputStream json) throws IOException {
        Document document = new ObjectMapper().readValue(json, Document.class);
        String deadLetterSuffix = document.deadLetterSuffix() == null ? ".dlq" : document.deadLetterSuffix();
        Map<String, String> deadLetterConfig = document.deadLetterConfig() == null ? Map.of() : document.deadLetterConfig();
        List<TopicSpec> topics = new ArrayList<>();
        for (Topic topic : document.topics()) {
            Map<String, String> config = topic.config() == null ? Map.of() : topic.config();
            topics.add(new TopicSpec(topic.name(), topic.partitions(), config));
            topics.add(new TopicSpec(topic.name() + deadLetterSuffix, topic.partitions(), deadLetterConfig));
        }
        return List.copyOf(topics);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Document(List<Topic> topics, String deadLetterSuffix, Map<String, String> deadLetterConfig) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Topic(String name, int partitions, Map<String, String> config) {
    }
}
