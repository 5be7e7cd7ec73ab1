package app.limber.progress.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends records progress cannot apply to {@code <topic>.dlq}: key, value and headers unchanged, plus headers
 * saying why and where they came from, so that someone can fix the producer and replay them.
 */
public final class DeadLetters implements AutoCloseable {

    public static final String SUFFIX = ".dlq";
    public static final String REASON = "dead-letter-reason";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    private final String bootstrapServers;
    private KafkaProducer<byte[], byte[]> producer;

    public DeadLetters(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Sends every rejected record and waits for the broker's acknowledgements. */
    public void sendAll(List<Rejection> rejections) throws ExecutionException, TimeoutException, InterruptedException {
        if (rejections.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (Rejection rejection : rejections) {
            acks.add(producer().send(toDeadLetter(rejection)));
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get(30, TimeUnit.SECONDS);
        }
    }

    static ProducerRecord<byte[], byte[]> toDeadLetter(Rejection rejection) {
        ConsumerRecord<byte[], byte[]> original = rejection.record();
        ProducerRecord<byte[], byte[]> letter =
                new ProducerRecord<>(original.topic() + SUFFIX, original.key(), original.value());
        for (Header header : original.headers()) {
            letter.headers().add(header);
        }
        letter.headers().add(REASON, bytes(DeadLetterReasons.withoutValues(rejection.reason())));
        letter.headers().add(TOPIC, bytes(original.topic()));
        letter.headers().add(PARTITION, bytes(Integer.toString(original.partition())));
        letter.headers().add(OFFSET, bytes(Long.toString(original.offset())));
        return letter;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            Properties config = new Properties();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "progress-dead-letters");
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            producer = new KafkaProducer<>(config);
        }
        return producer;
    }

    @Override
    public synchronized void close() {
        if (producer != null) {
            producer.close();
            producer = null;
        }
    }

    /** A record and why it cannot be applied. */
    public record Rejection(ConsumerRecord<byte[], byte[]> record, String reason) {
    }
}
