package app.limber.progress.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Poison records never block it: they are dead-lettered and their offsets committed with the poll. To keep
 * the database busy, the next poll is fetched and parsed while the previous one is written ({@code Pipeline}).
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

    /**
     * Stops the loop. A poll whose offsets were not committed yet is read again by the next consumer of its
     * partitions; whatever of it was applied is then skipped by the {@code processed_event} ledger.
     */
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
        ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "progress-writer"));
        try (KafkaConsumer<byte[], byte[]> kafka = new KafkaConsumer<>(consumerProperties())) {
            consumer = kafka;
            Pipeline pipeline = new Pipeline(kafka, writer);
            kafka.subscribe(List.of(EventReader.SESSION_TOPIC, EventReader.PLAN_TOPIC), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    // the poll in flight may hold these partitions' records: finish it and commit before letting go
                    pipeline.settle();
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
                PollProcessor.Poll next = records.isEmpty() ? null : processor.read(records);
                pipeline.settle();
                PollProcessor.Poll failed = pipeline.takeFailed();
                if (failed != null) {
                    // read again from the failed poll's first offsets; the later poll first, so that the failed
                    // one's (earlier) offsets win where both hold records of one partition
                    if (next != null) {
                        rewind(kafka, next.records());
                    }
                    rewind(kafka, failed.records());
                    if (stopSignal.await(backoff.toMillis(), TimeUnit.MILLISECONDS)) {
                        break;
                    }
                    backoff = backoff.multipliedBy(2).compareTo(config.maxRetryBackoff()) > 0
                            ? config.maxRetryBackoff() : backoff.multipliedBy(2);
                    continue;
                }
                backoff = config.retryBackoff();
                if (next != null) {
                    pipeline.submit(next);
                }
            }
            pipeline.settle();
        } catch (WakeupException e) {
            // stop() woke the consumer up; a poll in flight is abandoned uncommitted and will be read again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("progress consumer stopped", e);
            status.failed(e);
        } finally {
            writer.shutdown();
            consumer = null;
            status.stopped();
        }
    }

    /**
     * One poll is written while the next is fetched and read: the writer thread applies poll N while the
     * consumer thread polls and parses N+1; offsets of N are committed (on the consumer thread, which owns the
     * KafkaConsumer) only once N's transaction has committed, and N+1 is submitted only after that, so batches
     * still apply strictly one after the other.
     */
    private final class Pipeline {

        private final KafkaConsumer<byte[], byte[]> kafka;
        private final ExecutorService writer;
        private PollProcessor.Poll inFlight;
        private Future<PollProcessor.Outcome> result;
        private Timer.Sample sample;
        private PollProcessor.Poll failed;

        Pipeline(KafkaConsumer<byte[], byte[]> kafka, ExecutorService writer) {
            this.kafka = kafka;
            this.writer = writer;
        }

        void submit(PollProcessor.Poll poll) {
            inFlight = poll;
            sample = Timer.start();
            result = writer.submit(() -> processor.apply(poll));
        }

        /**
         * Waits for the poll in flight and commits its offsets. A failed poll is kept for {@link #takeFailed()}: it
         * may fail while a rebalance revokes partitions inside {@code poll()}, and the loop must then drop the
         * poll that came back too.
         */
        void settle() {
            if (inFlight == null) {
                return;
            }
            PollProcessor.Poll poll = inFlight;
            inFlight = null;
            try {
                PollProcessor.Outcome outcome = result.get();
                kafka.commitSync(nextOffsets(poll.records()));
                sample.stop(batches);
                applied.increment(outcome.applied());
                rejected.increment(outcome.rejected().size());
                outcome.rejected().forEach(r -> LOG.warnf("dead-lettered %s-%d@%d: %s", r.record().topic(),
                        r.record().partition(), r.record().offset(), r.reason()));
                status.succeeded();
            } catch (WakeupException e) {
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WakeupException();
            } catch (Exception e) {
                Exception cause = e instanceof ExecutionException && e.getCause() instanceof Exception inner ? inner : e;
                status.failed(cause);
                LOG.errorf(cause, "batch of %d records failed; it will be read again", poll.records().count());
                failed = poll;
            }
        }

        PollProcessor.Poll takeFailed() {
            PollProcessor.Poll poll = failed;
            failed = null;
            return poll;
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
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG,
                (int) config.sessionTimeout().toMillis());
        properties.put(org.apache.kafka.clients.consumer.ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG,
                (int) config.sessionTimeout().toMillis() / 3);
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

    /** Seeks every still-assigned partition of a poll back to its first record. */
    private static void rewind(KafkaConsumer<?, ?> kafka, ConsumerRecords<?, ?> records) {
        for (TopicPartition partition : records.partitions()) {
            if (kafka.assignment().contains(partition)) {
                kafka.seek(partition, records.records(partition).get(0).offset());
            }
        }
    }
}
