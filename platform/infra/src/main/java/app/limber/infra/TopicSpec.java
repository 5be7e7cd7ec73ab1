package app.limber.infra;

import java.util.Map;

/** A topic as Limber declares it: name, partition count and the topic-level configuration to enforce. */
public record TopicSpec(String name, int partitions, Map<String, String> config) {

    public TopicSpec {
        config = Map.copyOf(config);
    }
}
