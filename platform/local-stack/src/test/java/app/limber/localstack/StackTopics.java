package app.limber.localstack;

import app.limber.platform.privacy.DataKey;
import app.limber.platform.privacy.MasterKey;
import app.limber.platform.privacy.SealedEvent;
import app.limber.platform.privacy.UnreadableException;
import app.limber.platform.privacy.UserKeyRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A stack's topics as a journey reads them: every record up to the current end, and routine's sealed ones opened. */
final class StackTopics {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private StackTopics() {
    }

    /** Every record on the topic up to its current end, from all partitions. */
    static List<ConsumerRecord<String, String>> readAll(StackClient stack, String topic) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + DEADLINE.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end within " + DEADLINE);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    /** A routine record and its payload, opened. */
    record Opened(ConsumerRecord<String, String> record, String payload) {
    }

    /**
     * A routine topic's records of one type as progress reads them: opened with the user's key from routine.user-keys
     * and the stack's master key; a record whose key is gone is left out.
     */
    static List<Opened> opened(StackClient stack, String topic, String ceType) {
        Map<String, DataKey> keys = new HashMap<>();
        MasterKey master = stack.masterKey();
        for (ConsumerRecord<String, String> key : readAll(stack, UserKeyRecord.TOPIC)) {
            if (key.value() == null) {
                keys.remove(key.key());
            } else {
                UserKeyRecord record = UserKeyRecord.parse(JSON, key.value().getBytes(StandardCharsets.UTF_8));
                keys.put(record.alias(), master.unwrap(record.wrappedKey(), record.alias()));
            }
        }
        List<Opened> opened = new ArrayList<>();
        for (ConsumerRecord<String, String> record : readAll(stack, topic)) {
            if (ceType.equals(header(record, "ce_type"))) {
                open(record, keys).ifPresent(payload -> opened.add(new Opened(record, payload)));
            }
        }
        return opened;
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Optional<String> open(ConsumerRecord<String, String> record, Map<String, DataKey> keys) {
        try {
            Optional<SealedEvent> sealed = SealedEvent.of(JSON.readTree(record.value()));
            if (sealed.isEmpty()) {
                return Optional.of(record.value());
            }
            DataKey key = keys.get(sealed.get().alias());
            return key == null ? Optional.empty() : Optional.of(new String(sealed.get().open(key,
                    header(record, "ce_id"), header(record, "ce_type")), StandardCharsets.UTF_8));
        } catch (IOException | UnreadableException e) {
            return Optional.empty();
        }
    }
}
