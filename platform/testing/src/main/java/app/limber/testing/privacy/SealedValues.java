package app.limber.testing.privacy;

import app.limber.platform.privacy.DataKey;
import app.limber.platform.privacy.MasterKey;
import app.limber.platform.privacy.SealedEvent;
import app.limber.platform.privacy.UnreadableException;
import app.limber.platform.privacy.UserKeyRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a holder of the master key can open of a scan's sealed records: the user keys the scan met on
 * routine.user-keys (the last record per alias; a tombstone removes it) and the sealed values, opened at the end.
 */
final class SealedValues {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private record Sealed(SealedEvent event, String ceId, String ceType) {
    }

    private final MasterKey master;
    private final Map<String, byte[]> wrappedKeys = new HashMap<>();
    private final Map<String, Sealed> sealed = new LinkedHashMap<>();

    /** @param master null to open nothing */
    SealedValues(MasterKey master) {
        this.master = master;
    }

    void collect(ConsumerRecord<byte[], byte[]> record, String at) {
        if (master == null) {
            return;
        }
        if (UserKeyRecord.TOPIC.equals(record.topic()) && record.key() != null) {
            String alias = new String(record.key(), StandardCharsets.UTF_8);
            if (record.value() == null) {
                wrappedKeys.remove(alias);
            } else {
                wrappedKeys.put(alias, UserKeyRecord.parse(MAPPER, record.value()).wrappedKey());
            }
            return;
        }
        if (record.value() == null || record.value().length == 0 || record.value()[0] != '{') {
            return;
        }
        try {
            Optional<SealedEvent> event = SealedEvent.of(MAPPER.readTree(record.value()));
            event.ifPresent(e -> sealed.put(at, new Sealed(e, header(record, "ce_id"), header(record, "ce_type"))));
        } catch (IOException | UnreadableException e) {
            // not JSON, or not a well-formed envelope: searched as it is, like any value
        }
    }

    /** Each sealed value whose key the scan saw last as present, opened. */
    Map<String, byte[]> opened() {
        Map<String, byte[]> opened = new LinkedHashMap<>();
        sealed.forEach((at, s) -> {
            byte[] wrapped = wrappedKeys.get(s.event().alias());
            if (wrapped != null && s.ceId() != null && s.ceType() != null) {
                try {
                    DataKey key = master.unwrap(wrapped, s.event().alias());
                    opened.put(at, s.event().open(key, s.ceId(), s.ceType()));
                } catch (UnreadableException e) {
                    // sealed with another key than the one published: unreadable to anyone
                }
            }
        });
        return opened;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
