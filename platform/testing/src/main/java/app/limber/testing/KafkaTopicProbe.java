package app.limber.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads and writes Limber topics from tests, against {@link LimberTestResource#kafkaBootstrapServers()}.
 *
 * <p>Reads start at the earliest offset of every partition and commit nothing (no consumer group), so each
 * call sees the whole topic, including records of earlier test classes in the same JVM: filter by key or
 * payload with the predicate variants.
 */
public final class KafkaTopicProbe {

    private static final Duration POLL = Duration.ofMillis(200);

    private KafkaTopicProbe() {
    }

    /** Waits until the topic holds at least {@code count} records and returns all it read. */
    public static List<ConsumerRecord<String, String>> awaitRecords(String topic, int count, Duration deadline) {
        return awaitRecords(topic, record -> true, count, deadline);
    }

    /**
     * Waits until at least {@code count} records on the topic match {@code filter} and returns the matching ones
     * in partition-then-offset order of arrival; fails with what it saw when the deadline passes.
     */
    public static List<ConsumerRecord<String, String>> awaitRecords(String topic,
            Predicate<ConsumerRecord<String, String>> filter, int count, Duration deadline) {
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        long seen = 0;
        long end = System.nanoTime() + deadline.toNanos();
        try (KafkaConsumer<String, String> consumer = consumerAtStart(topic)) {
            while (matching.size() < count) {
                if (System.nanoTime() > end) {
                    throw new AssertionError("Expected " + count + " matching record(s) on " + topic + " within "
                            + deadline + ", found " + matching.size() + " among " + seen + ": " + describe(matching));
                }
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    seen++;
                    if (filter.test(record)) {
                        matching.add(record);
                    }
                }
            }
        }
        return matching;
    }

    /** The first record matching {@code filter}. */
    public static ConsumerRecord<String, String> awaitRecord(String topic, Predicate<ConsumerRecord<String, String>> filter,
            Duration deadline) {
        return awaitRecords(topic, filter, 1, deadline).get(0);
    }

    /** Every record on the topic up to its end offsets at the time of the call (for "nothing else arrived"). */
    public static List<ConsumerRecord<String, String>> recordsUntilNow(String topic, Duration deadline) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        long end = System.nanoTime() + deadline.toNanos();
        try (KafkaConsumer<String, String> consumer = consumerAtStart(topic)) {
            Map<TopicPartition, Long> endOffsets = consumer.endOffsets(consumer.assignment());
            while (endOffsets.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                if (System.nanoTime() > end) {
                    throw new AssertionError("Could not read " + topic + " to its end within " + deadline);
                }
                consumer.poll(POLL).forEach(records::add);
            }
        }
        return records;
    }

    /** Value of the header {@code name} as UTF-8, or {@code null}. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public static RecordMetadata send(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, String> producer = producer()) {
            return producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    public static RecordMetadata send(String topic, String key, String value) {
        return send(topic, key, value, Map.of());
    }

    private static KafkaConsumer<String, String> consumerAtStart(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LimberTestResource.kafkaBootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    private static KafkaProducer<String, String> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LimberTestResource.kafkaBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(config);
    }

    private static String describe(List<ConsumerRecord<String, String>> records) {
        return records.stream()
                .map(r -> r.partition() + "@" + r.offset() + " " + r.key() + "=" + r.value())
                .collect(Collectors.joining("; ", "[", "]"));
    }
}
