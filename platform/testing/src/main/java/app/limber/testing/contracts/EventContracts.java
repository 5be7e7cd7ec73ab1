package app.limber.testing.contracts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;

import java.util.List;

/**
 * The event contracts of {@code limber-contracts}, for tests: producers check what they emit with
 * {@link #assertValid}, consumers feed themselves every document of {@link #examples}.
 *
 * <pre>{@code
 * EventContracts.assertValid("limber.session.completed.v1", record.value());
 * for (String json : EventContracts.examples("limber.session.completed.v1")) { consumer.apply(json); }
 * }</pre>
 *
 * Types are CloudEvents types ({@code ce_type}), e.g. {@code limber.plan.scheduled.v1}; an unknown
 * type throws {@link IllegalArgumentException}. Thread-safe.
 */
public final class EventContracts {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventContracts() {
    }

    /** Every event type the contracts define, in the order of {@code events.json}. */
    public static List<String> types() {
        return Holder.INDEX.types();
    }

    /** Where the type travels and where its schema and examples live. */
    public static EventContract contract(String ceType) {
        return Holder.INDEX.contract(ceType);
    }

    /** The Kafka topic events of this type are published to. */
    public static String topic(String ceType) {
        return contract(ceType).topic();
    }

    /**
     * The record key a producer must use for this payload (e.g. the user id, or the exercise slug),
     * read from the payload as {@code events.json} prescribes.
     */
    public static String key(String ceType, String json) {
        String pointer = contract(ceType).keyPointer();
        JsonNode key = parse(json).at(pointer);
        if (!key.isTextual()) {
            throw new IllegalArgumentException(ceType + " payload has no text at " + pointer + ": " + json);
        }
        return key.asText();
    }

    /**
     * Checks a payload against the schema of its type.
     *
     * @return one message per violation, each naming the offending location (e.g.
     *         {@code $.weeklyTarget: must have a maximum value of 14}); empty when valid
     */
    public static List<String> validate(String ceType, String json) {
        JsonSchema schema = Holder.SCHEMAS.schema(contract(ceType).schemaId());
        JsonNode payload;
        try {
            payload = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("$: not valid JSON: " + e.getOriginalMessage());
        }
        if (payload == null) {
            return List.of("$: empty document");
        }
        return schema.validate(payload).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** Throws an {@link AssertionError} listing every violation unless the payload is valid. */
    public static void assertValid(String ceType, String json) {
        List<String> violations = validate(ceType, json);
        if (!violations.isEmpty()) {
            throw new AssertionError(ceType + " payload violates its contract:\n  - "
                    + String.join("\n  - ", violations) + "\npayload: " + json);
        }
    }

    /** The example payloads of this type, as JSON text; every one is valid. */
    public static List<String> examples(String ceType) {
        return contract(ceType).examplePaths().stream().map(ContractIndex::readResource).toList();
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Loaded on first use, so that merely referencing the class costs nothing. */
    private static final class Holder {
        static final ContractIndex INDEX = ContractIndex.load(MAPPER);
        static final ContractSchemas SCHEMAS = new ContractSchemas();
    }
}
