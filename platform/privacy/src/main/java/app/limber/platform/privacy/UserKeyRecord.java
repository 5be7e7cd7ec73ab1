package app.limber.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * One user's data key as it travels on {@link #TOPIC}: keyed by the user's alias and wrapped with the master key,
 * never in clear and never naming the user. Erasure writes a tombstone (a null value) under the alias; the topic's
 * compaction then removes both within its bounded lag.
 */
public record UserKeyRecord(UUID eventId, Instant occurredAt, String alias, byte[] wrappedKey) {

    public static final String TOPIC = "routine.user-keys";
    public static final String TYPE = "limber.user-key.issued.v1";

    public String toJson() {
        return "{\"eventId\":\"" + eventId + "\",\"occurredAt\":\"" + occurredAt + "\",\"alias\":\"" + alias
                + "\",\"algorithm\":\"" + SealedEvent.ALGORITHM + "\",\"wrappedKey\":\""
                + Base64.getEncoder().encodeToString(wrappedKey) + "\"}";
    }

    /** @throws UnreadableException when {@code value} is not such a record */
    public static UserKeyRecord parse(ObjectMapper mapper, byte[] value) {
        try {
            JsonNode node = mapper.readTree(value);
            return new UserKeyRecord(UUID.fromString(text(node, "eventId")), Instant.parse(text(node, "occurredAt")),
                    text(node, "alias"), Base64.getDecoder().decode(text(node, "wrappedKey")));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableException("not a user-key record: " + e.getClass().getSimpleName());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(field);
        }
        return value.asText();
    }
}
