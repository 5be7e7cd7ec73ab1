package app.limber.routine.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What limber-contracts says, read from its classpath resources: the enums of the common schema, the
 * event index ({@code events.json}) and the topic list ({@code topics.json}).
 */
public final class Contracts {

    private static final String ROOT = "limber/contracts/";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One entry of events.json. */
    public record Event(String type, String topic, String producer, List<String> consumers) {
    }

    private Contracts() {
    }

    /** The terms of {@code $defs.<definition>.enum} in limber.common.v1, e.g. {@code purpose}. */
    public static List<String> commonEnum(String definition) {
        JsonNode terms = read("schemas/limber.common.v1.schema.json").path("$defs").path(definition).path("enum");
        if (!terms.isArray() || terms.isEmpty()) {
            throw new IllegalArgumentException("limber.common.v1 defines no enum " + definition);
        }
        return texts(terms);
    }

    public static List<Event> events() {
        List<Event> events = new ArrayList<>();
        for (JsonNode event : read("events.json").path("events")) {
            events.add(new Event(event.path("type").asText(), event.path("topic").asText(),
                    event.path("producer").asText(), texts(event.path("consumers"))));
        }
        return events;
    }

    /** The names of the topics the system runs on, dead-letter topics aside. */
    public static List<String> topics() {
        List<String> names = new ArrayList<>();
        read("topics.json").path("topics").forEach(topic -> names.add(topic.path("name").asText()));
        return names;
    }

    public static String deadLetterSuffix() {
        return read("topics.json").path("deadLetterSuffix").asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Contracts.class.getClassLoader().getResourceAsStream(ROOT + resource)) {
            if (in == null) {
                throw new IllegalStateException(ROOT + resource + " is not on the classpath (limber-contracts)");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT + resource, e);
        }
    }
}
