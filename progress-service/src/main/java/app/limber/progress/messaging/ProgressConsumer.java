package app.limber.progress.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.limber.progress.config.ConsumerConfig;
import app.limber.progress.persistence.Tables;

/**
 * The live consumer of {@code routine.session-events} and {@code routine.plan-events}: a plain
 * {@link KafkaConsumer} loop on its own thread, chosen over a reactive messaging channel because the
 * service needs exactly this and nothing in between: one poll (of both topics) = one database transaction,
 * offsets committed synchronously only after that commit, a failed poll re-read from its first offsets.
 * Poison records never block it: they are dead-lettered and their offsets committed with the poll.
 */
@ApplicationScoped
public class ProgressConsumer {

    private static final Logger LOG = Logger.getLogger(ProgressConsumer.class);

    private final ConsumerConfig config;
    private final String bootstrapServers;
    private final PollProcessor processor;
    private final DeadLetters deadLetters;
    private final ConsumerStatus status;
    private final Counter applied;
    private final Counter rejected;
    private final Timer batches;

    private Thread thread;
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private volatile CountDownLatch stopSignal = new CountDownLatch(0);

    ProgressConsumer(ConsumerConfig config, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                     DataSource dataSource, ObjectMapper mapper, MeterRegistry registry, Clock clock) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.deadLetters = new DeadLetters(bootstrapServers);
        this.processor = new PollProcessor(dataSource, new EventReader(mapper), Tables.LIVE, deadLetters);
        this.status = new ConsumerStatus(clock);
        this.applied = Counter.builder("limber.progress.events.applied")
                .description("Events that changed statistics (new event ids)").register(registry);
        this.rejected = Counter.builder("limber.progress.events.dead-lettered")
                .description("Records sent to a dead-letter topic").register(registry);
        this.batches = Timer.builder("limber.progress.batch").description("One poll applied in one transaction")
                .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
        deadLetters.close();
    }

    public ConsumerStatus status() {
        return status;
    }

    /** Starts the loop; it resumes from the group's committed offsets. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        stopSignal = new CountDownLatch(1);
        status.started();
        thread = new Thread(this::run, "progress-consumer");
        thread.start();
    }

    /** Stops the loop after the poll in progress (a poll whose transaction committed has its offsets committed). */
    public synchronized void stop() {
        if (thread == null) {
            return;
        }
        stopSignal.countDown();
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
        status.stopped();
    }

    private boolean stopping() {
        return stopSignal.getCount() == 0;
    }

    private void run() {
        try (KafkaConsumer<byte[], byte[]> kafka = new KafkaConsumer<>(consumerProperties())) {
            consumer = kafka;
            kafka.subscribe(List.of(EventReader.SESSION_TOPIC, EventReader.PLAN_TOPIC), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    LOG.debugf("partitions revoked: %s", partitions);
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    LOG.infof("partitions assigned: %s", partitions);
                }
            });
            LOG.infof("consuming %s and %s as group %s", EventReader.SESSION_TOPIC, EventReader.PLAN_TOPIC, config.groupId());
            Duration backoff = config.retryBackoff();
            while (!stopping()) {
                ConsumerRecords<byte[], byte[]> records = kafka.poll(config.pollTimeout());
                if (records.isEmpty()) {
                    continue;
                }
                try {
                    Timer.Sample sample = Timer.start();
                    PollProcessor.Outcome outcome = processor.process(records);
                    kafka.commitSync(nextOffsets(records));
                    sample.stop(batches);
                    applied.increment(outcome.applied());
                    rejected.increment(outcome.rejected().size());
                    outcome.rejected().forEach(r -> LOG.warnf("dead-lettered %s-%d@%d: %s", r.record().topic(),
                            r.record().partition(), r.record().offset(), r.reason()));
                    status.succeeded();
                    LOG.debugf("applied %d of %d records", outcome.applied(), outcome.records());
                    backoff = config.retryBackoff();
                } catch (WakeupException e) {
                    throw e;
                } catch (Exception e) {
                    status.failed(e);
                    LOG.errorf(e, "batch of %d records failed; it will be read again in %s", records.count(), backoff);
                    rewind(kafka, records);
                    if (stopSignal.await(backoff.toMillis(), TimeUnit.MILLISECONDS)) {
                        break;
                    }
                    backoff = backoff.multipliedBy(2).compareTo(config.maxRetryBackoff()) > 0
                            ? config.maxRetryBackoff() : backoff.multipliedBy(2);
                }
            }
        } catch (WakeupException e) {
            // stop() woke the consumer up
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("progress consumer stopped", e);
            status.failed(e);
        } finally {
            consumer = null;
            status.stopped();
        }
    }

    private Properties consumerProperties() {
        Properties properties = new Properties();
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.CLIENT_ID_CONFIG, "progress-consumer");
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.maxPollRecords());
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName());
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName());
        return properties;
    }

    static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<?, ?> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<? extends ConsumerRecord<?, ?>> inPartition = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(inPartition.get(inPartition.size() - 1).offset() + 1));
        }
        return offsets;
    }

    /** Seeks every still-assigned partition of the failed poll back to its first record. */
    private static void rewind(KafkaConsumer<?, ?> kafka, ConsumerRecords<?, ?> records) {
        for (TopicPartition partition : records.partitions()) {
            if (kafka.assignment().contains(partition)) {
                kafka.seek(partition, records.records(partition).get(0).offset());
            }
        }
    }
}
