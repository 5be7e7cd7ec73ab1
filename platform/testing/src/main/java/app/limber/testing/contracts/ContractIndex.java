package app.limber.testing.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code limber/contracts/events.json} and the resources it names from the classpath. */
final class ContractIndex {

    static final String INDEX = "limber/contracts/events.json";

    private final Map<String, EventContract> byType;
    private final Map<String, String> schemaPathsById;

    private ContractIndex(Map<String, EventContract> byType, Map<String, String> schemaPathsById) {
        this.byType = Collections.unmodifiableMap(byType);
        this.schemaPathsById = Collections.unmodifiableMap(schemaPathsById);
    }

    static ContractIndex load(ObjectMapper mapper) {
        JsonNode root = readTree(mapper, INDEX);
        Map<String, EventContract> byType = new LinkedHashMap<>();
        for (JsonNode event : root.path("events")) {
            List<String> examples = new ArrayList<>();
            event.path("examples").forEach(example -> examples.add(example.asText()));
            EventContract contract = new EventContract(
                    event.path("type").asText(),
                    event.path("topic").asText(),
                    event.path("key").asText(),
                    event.path("schemaId").asText(),
                    event.path("schema").asText(),
                    examples);
            byType.put(contract.type(), contract);
        }
        if (byType.isEmpty()) {
            throw new IllegalStateException(INDEX + " lists no events");
        }
        Map<String, String> schemaPathsById = new LinkedHashMap<>();
        byType.values().forEach(contract -> schemaPathsById.put(contract.schemaId(), contract.schemaPath()));
        for (JsonNode shared : root.path("sharedSchemas")) {
            schemaPathsById.put(shared.path("schemaId").asText(), shared.path("schema").asText());
        }
        return new ContractIndex(byType, schemaPathsById);
    }

    List<String> types() {
        return List.copyOf(byType.keySet());
    }

    /** {@code $id} to classpath resource of every schema, event schemas and the ones they share. */
    Map<String, String> schemaPathsById() {
        return schemaPathsById;
    }

    EventContract contract(String type) {
        EventContract contract = byType.get(type);
        if (contract == null) {
            throw new IllegalArgumentException(
                    "Unknown event type '" + type + "'; the contracts define " + byType.keySet());
        }
        return contract;
    }

    static String readResource(String path) {
        try (InputStream in = open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath resource " + path, e);
        }
    }

    static boolean resourceExists(String path) {
        return classLoader().getResource(path) != null;
    }

    private static JsonNode readTree(ObjectMapper mapper, String path) {
        try {
            return mapper.readTree(readResource(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse classpath resource " + path, e);
        }
    }

    private static InputStream open(String path) {
        InputStream in = classLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(
                    "Classpath resource " + path + " not found; is limber-contracts on the test classpath?");
        }
        return in;
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ContractIndex.class.getClassLoader();
    }
}
