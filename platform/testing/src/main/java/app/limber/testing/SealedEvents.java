package app.limber.testing;

import app.limber.platform.privacy.DataKey;
import app.limber.platform.privacy.SealedEvent;
import app.limber.platform.privacy.SealedMention;
import app.limber.platform.privacy.UserKeyRecord;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens routine's sealed events in tests, as progress does: with the user's key from routine.user-keys, unwrapped
 * with {@link TestMasterKey}. A plain record is returned as it is.
 */
public final class SealedEvents {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Map<String, DataKey> KEYS = new ConcurrentHashMap<>();

    private SealedEvents() {
    }

    /** The record with its payload opened; a plain record, or one whose key is gone, unchanged. */
    public static ConsumerRecord<String, String> opened(ConsumerRecord<String, String> record) {
        Optional<SealedEvent> sealed = envelope(record.value());
        if (sealed.isEmpty()) {
            return record;
        }
        Optional<DataKey> key = key(sealed.get().alias());
        if (key.isEmpty()) {
            return record;
        }
        String eventId = KafkaTopicProbe.header(record, "ce_id");
        String payload = withMentionsOpened(new String(sealed.get().open(key.get(), eventId,
                KafkaTopicProbe.header(record, "ce_type")), StandardCharsets.UTF_8), eventId);
        return new ConsumerRecord<>(record.topic(), record.partition(), record.offset(), record.timestamp(),
                record.timestampType(), record.serializedKeySize(), record.serializedValueSize(), record.key(), payload,
                record.headers(), record.leaderEpoch());
    }

    /** The alias a sealed record carries, or empty for a plain one. */
    public static Optional<String> alias(ConsumerRecord<String, String> record) {
        return envelope(record.value()).map(SealedEvent::alias);
    }

    /** The key routine.user-keys holds for {@code alias} now, if any. */
    public static Optional<DataKey> key(String alias) {
        DataKey known = KEYS.get(alias);
        if (known != null) {
            return Optional.of(known);
        }
        Map<String, DataKey> current = new ConcurrentHashMap<>();
        for (ConsumerRecord<String, String> r : KafkaTopicProbe.recordsUntilNow(UserKeyRecord.TOPIC, DEADLINE)) {
            if (r.value() == null) {
                current.remove(r.key());
            } else {
                UserKeyRecord k = UserKeyRecord.parse(MAPPER, r.value().getBytes(StandardCharsets.UTF_8));
                current.put(k.alias(), TestMasterKey.masterKey().unwrap(k.wrappedKey(), k.alias()));
            }
        }
        return Optional.ofNullable(current.get(alias)).map(k -> {
            KEYS.put(alias, k);
            return k;
        });
    }

    /** Each coach the payload names, opened with the coach's key when it still exists. */
    private static String withMentionsOpened(String payload, String eventId) {
        if (!payload.contains("\"sealed:")) {
            return payload;
        }
        try {
            ObjectNode tree = (ObjectNode) MAPPER.readTree(payload);
            for (String field : List.of("coachId", "assignedBy", "pausedBy")) {
                JsonNode text = tree.get(field);
                Optional<SealedMention> mention = text != null && text.isTextual()
                        ? SealedMention.of(text.asText()) : Optional.empty();
                mention.flatMap(m -> key(m.alias()).map(k -> m.open(k, eventId, field)))
                        .ifPresent(userId -> tree.put(field, userId));
            }
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an opened payload is not JSON", e);
        }
    }

    private static Optional<SealedEvent> envelope(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return SealedEvent.of(MAPPER.readTree(value));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
