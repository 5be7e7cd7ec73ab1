package app.limber.progress.messaging;

import app.limber.platform.privacy.DataKey;
import app.limber.platform.privacy.SealedEvent;
import app.limber.platform.privacy.SealedMention;
import app.limber.platform.privacy.UnreadableException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Opens a routine record's sealed payload with its user's key from the {@link Keyring} before it is read. A plain
 * payload passes as it is (records written before sealing, and producers that seal nothing).
 */
final class SealedRecords {

    /** The fields that may name a coach inside an athlete's event, sealed with the coach's key. */
    private static final List<String> MENTIONED = List.of("coachId", "assignedBy", "pausedBy");
    /** How routine and progress name an erased user where another user's row mentions them. */
    private static final String ERASED = "erased";

    /** Every sealed value starts so ({@link SealedEvent#seal}); a plain payload never does, as no schema has an alias. */
    private static final byte[] PREFIX = "{\"alias\":".getBytes(StandardCharsets.US_ASCII);

    /** A record's payload, ready to read, or why there is none. */
    sealed interface Opened {
        /** @param alias the user's alias when the payload was sealed, else null */
        record Payload(byte[] value, String alias) implements Opened {
        }

        /** Sealed with a key that was shredded: noise, to skip. */
        record Shredded() implements Opened {
        }

        /** Claims to be sealed but does not open. */
        record Unreadable(String reason) implements Opened {
        }
    }

    private static final String MENTION = "\"sealed:";

    private final Keyring keyring;
    private final ObjectMapper mapper;

    SealedRecords(Keyring keyring, ObjectMapper mapper) {
        this.keyring = keyring;
        this.mapper = mapper;
    }

    void learned(String userId, String alias) {
        keyring.learned(userId, alias);
    }

    Opened open(byte[] value, String ceId, String ceType, long recordTime) {
        if (value == null || value.length < PREFIX.length || !Arrays.equals(value, 0, PREFIX.length, PREFIX, 0, PREFIX.length)) {
            return new Opened.Payload(value, null);
        }
        try {
            Optional<SealedEvent> sealed = SealedEvent.of(mapper.readTree(value));
            if (sealed.isEmpty()) {
                return new Opened.Payload(value, null);
            }
            if (ceId == null || ceType == null) {
                return new Opened.Unreadable("sealed payload without ce_id and ce_type headers");
            }
            Optional<DataKey> key = keyring.key(sealed.get().alias(), recordTime);
            if (key.isEmpty()) {
                return new Opened.Shredded();
            }
            byte[] payload = sealed.get().open(key.get(), ceId, ceType);
            String alias = sealed.get().alias();
            return new String(payload, StandardCharsets.UTF_8).contains(MENTION)
                    ? withMentionsOpened(payload, ceId, recordTime, alias) : new Opened.Payload(payload, alias);
        } catch (UnreadableException e) {
            return new Opened.Unreadable("sealed payload does not open: " + e.getMessage());
        } catch (IOException e) {
            return new Opened.Unreadable("sealed payload is not valid JSON");
        }
    }

    /**
     * Opens each coach the payload names with the coach's own key. A shredded coach is erased: no longer the
     * assigner of a plan, {@code erased} as its pauser, and a grant to them is skipped with them.
     */
    private Opened withMentionsOpened(byte[] payload, String eventId, long recordTime, String alias) throws IOException {
        ObjectNode tree = (ObjectNode) mapper.readTree(payload);
        for (String field : MENTIONED) {
            JsonNode text = tree.get(field);
            Optional<SealedMention> mention = text != null && text.isTextual() ? SealedMention.of(text.asText())
                    : Optional.empty();
            if (mention.isEmpty()) {
                continue;
            }
            Optional<DataKey> key = keyring.key(mention.get().alias(), recordTime);
            if (key.isPresent()) {
                String userId = mention.get().open(key.get(), eventId, field);
                tree.put(field, userId);
                keyring.learned(userId, mention.get().alias());
            } else if (field.equals("assignedBy")) {
                tree.remove(field);
            } else if (field.equals("pausedBy")) {
                tree.put(field, ERASED);
            } else {
                return new Opened.Shredded();
            }
        }
        return new Opened.Payload(mapper.writeValueAsBytes(tree), alias);
    }
}
