package app.limber.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends outbox events as CloudEvents 1.0 in Kafka binary mode (the {@code ce_*} headers SmallRye's
 * Kafka connector reads). A plain idempotent producer rather than a messaging channel: the relay has
 * to hold its row locks until it knows, per record, that the broker acknowledged it.
 */
@ApplicationScoped
class KafkaEventPublisher {

    private static final Logger LOG = Logger.getLogger(KafkaEventPublisher.class);

    private final KafkaProducer<String, String> producer;
    private final OutboxConfig config;

    KafkaEventPublisher(OutboxConfig config,
                        @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.config = config;
        Properties props = new Properties();
        props.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                ProducerConfig.LINGER_MS_CONFIG, "2",
                // a broker that is down must fail a batch quickly so the next sweep can retry it
                ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(config.sendTimeout().toMillis()),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(Math.max(1000, config.sendTimeout().toMillis() / 2)),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(config.sendTimeout().toMillis()),
                ProducerConfig.CLIENT_ID_CONFIG, config.source().replace('/', '-') + "-outbox"));
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /**
     * Publishes the batch in order and answers the events the broker acknowledged. Once one event of
     * a key fails, later events of that key are not reported, so they are retried after it.
     */
    List<PendingEvent> publish(List<PendingEvent> batch) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
        for (PendingEvent pending : batch) {
            Future<RecordMetadata> future = send(pending.event());
            sent.add(future);
            if (future.isDone() && failed(future)) {
                // no metadata from the broker: every further send would block as long again
                break;
            }
        }
        producer.flush();
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<PendingEvent> acknowledged = new ArrayList<>(batch.size());
        Set<String> failedKeys = new HashSet<>();
        for (int i = 0; i < sent.size(); i++) {
            PendingEvent pending = batch.get(i);
            if (failedKeys.contains(pending.event().key())) {
                continue;
            }
            try {
                sent.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(pending);
            } catch (ExecutionException | TimeoutException e) {
                failedKeys.add(pending.event().key());
                LOG.debugf("event %s not acknowledged yet: %s", pending.event().eventId(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return acknowledged;
    }

    private static boolean failed(Future<RecordMetadata> future) {
        try {
            future.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private Future<RecordMetadata> send(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", event.eventId().toString());
        header(headers, "ce_type", event.type());
        header(headers, "ce_source", config.source());
        header(headers, "ce_time", DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
        header(headers, "content-type", "application/json");
        ProducerRecord<String, String> record =
                new ProducerRecord<>(event.topic(), null, event.key(), event.payloadJson(), headers);
        return producer.send(record);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
