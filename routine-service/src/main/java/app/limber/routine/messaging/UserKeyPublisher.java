package app.limber.routine.messaging;

import app.limber.platform.privacy.UserKeyRecord;
import app.limber.routine.domain.RoutineException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes users' wrapped keys, and their tombstones, on {@link UserKeyRecord#TOPIC} and waits for the broker's
 * acknowledgement. Not through the outbox: a key must be on its topic before any event sealed with it can be
 * published, so that a consumer that caught up with the key topic and still does not know an alias knows the key was
 * shredded.
 */
@ApplicationScoped
class UserKeyPublisher {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final KafkaProducer<String, String> producer;

    UserKeyPublisher(@ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        Properties props = new Properties();
        props.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(SEND_TIMEOUT.toMillis()),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(SEND_TIMEOUT.toMillis() / 2),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(SEND_TIMEOUT.toMillis()),
                ProducerConfig.CLIENT_ID_CONFIG, "routine-service-user-keys"));
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    void issued(UserKeyRecord record) {
        send(record.alias(), record.eventId(), record.occurredAt(), record.toJson());
    }

    /** The alias's tombstone: compaction removes every earlier record of it. */
    void shredded(String alias, Instant at) {
        send(alias, UUID.randomUUID(), at, null);
    }

    private void send(String alias, UUID eventId, Instant at, String value) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", eventId.toString());
        header(headers, "ce_type", UserKeyRecord.TYPE);
        header(headers, "ce_source", "/routine-service");
        header(headers, "ce_time", at.toString());
        header(headers, "content-type", "application/json");
        try {
            producer.send(new ProducerRecord<>(UserKeyRecord.TOPIC, null, alias, value, headers))
                    .get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new RoutineException(RoutineException.Reason.UNAVAILABLE,
                    "The event broker is not reachable; please try again shortly");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RoutineException(RoutineException.Reason.UNAVAILABLE, "Interrupted while publishing a key");
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
