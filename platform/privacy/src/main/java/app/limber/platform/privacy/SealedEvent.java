package app.limber.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * An event whose payload is sealed with its user's data key: the record value is
 * {@code {"alias": "<the user's alias>", "algorithm": "AES-256-GCM", "sealed": "<base64>"}} and everything personal
 * is inside {@code sealed}. The event id, type and alias are bound to the ciphertext, so it does not open under
 * another event's headers.
 */
public record SealedEvent(String alias, byte[] sealed) {

    public static final String ALGORITHM = "AES-256-GCM";

    /** The record value for {@code payloadJson}, sealed for the event {@code eventId} of {@code type}. */
    public static String seal(DataKey key, String alias, String eventId, String type, String payloadJson) {
        byte[] sealed = key.seal(payloadJson.getBytes(StandardCharsets.UTF_8), aad(alias, eventId, type));
        // an alias is a UUID and the rest base64, so nothing needs escaping
        return "{\"alias\":\"" + alias + "\",\"algorithm\":\"" + ALGORITHM + "\",\"sealed\":\""
                + Base64.getEncoder().encodeToString(sealed) + "\"}";
    }

    /**
     * The envelope, when {@code value} is one; empty for a plain payload (records written before sealing, or by
     * producers that seal nothing).
     *
     * @throws UnreadableException when it claims to be sealed but is not a well-formed envelope
     */
    public static Optional<SealedEvent> of(JsonNode value) {
        if (value == null || !value.isObject() || !value.has("sealed")) {
            return Optional.empty();
        }
        JsonNode alias = value.get("alias");
        JsonNode sealed = value.get("sealed");
        if (alias == null || !alias.isTextual() || alias.asText().isEmpty() || !sealed.isTextual()
                || !ALGORITHM.equals(value.path("algorithm").asText())) {
            throw new UnreadableException("malformed sealed envelope");
        }
        try {
            return Optional.of(new SealedEvent(alias.asText(), Base64.getDecoder().decode(sealed.asText())));
        } catch (IllegalArgumentException e) {
            throw new UnreadableException("sealed is not base64");
        }
    }

    /** The payload JSON. @throws UnreadableException with another key or under another event's id or type */
    public byte[] open(DataKey key, String eventId, String type) {
        return key.open(sealed, aad(alias, eventId, type));
    }

    private static byte[] aad(String alias, String eventId, String type) {
        return ("limber-event\n" + alias + "\n" + eventId + "\n" + type).getBytes(StandardCharsets.UTF_8);
    }
}
