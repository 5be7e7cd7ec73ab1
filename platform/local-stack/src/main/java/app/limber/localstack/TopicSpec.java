package app.limber.localstack;

import java.util.Map;

/** A topic as the stack creates it: name, partition count and the topic-level configuration to enforce. */
public record TopicSpec(String name, int partitions, Map<String, String> config) {

    public TopicSpec {
        config = Map.copyOf(config);
    }
}
