package app.limber.progress.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import app.limber.progress.config.CoachAlertConfig;
import app.limber.progress.config.ConsumerSettings;
import app.limber.progress.config.MilestoneConfig;
import app.limber.progress.persistence.Tables;
import app.limber.progress.service.Celebrations;
import app.limber.progress.service.CoachAlertSweep;
import app.limber.progress.service.CoachAlerts;

/**
 * The live consumer of {@code routine.session-events}, {@code routine.plan-events} and
 * {@code routine.coaching-events}: a plain
 * {@link KafkaConsumer} loop on its own thread, chosen over a reactive messaging channel because the
 * service needs exactly this and nothing in between: one poll (of every topic) = one database transaction,
 * offsets committed synchronously only after that commit, a failed poll re-read from its first offsets.
 * Poison records never block it: they are dead-lettered and their offsets committed with the poll. Each batch ends by
 * reconciling the changed users' celebrations in its transaction ({@link Celebrations}), unless
 * {@code limber.milestones.enabled} is off, and their coaches' alerts ({@link CoachAlerts}), unless
 * {@code limber.coach-alerts.enabled} is off.
 * <p>
 * This class starts and stops the thread and hands partitions over safely on a rebalance; the thread runs a
 * {@link PollLoop}, which reads each poll with a {@link PollProcessor} and writes it through a
 * {@link PollPipeline}.
 */
@ApplicationScoped
public class ProgressConsumer {

    private static final Logger LOG = Logger.getLogger(ProgressConsumer.class);

    private final ConsumerSettings settings;
    private final TopicReaders readers;
    private final PollProcessor processor;
    private final DeadLetters deadLetters;
    private final ConsumerStatus status;
    private final ConsumerMeters meters;

    // one batch at a time: one thread works out ahead what the batch in flight can
    private final ExecutorService ahead = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "progress-celebrations-ahead");
        thread.setDaemon(true);
        return thread;
    });
    private Thread thread;
    private CountDownLatch stopSignal;
    private volatile KafkaConsumer<byte[], byte[]> consumer;

    ProgressConsumer(ConsumerSettings settings, TopicReaders readers,
                     @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                     DataSource dataSource, ObjectMapper mapper, MeterRegistry registry, Clock clock,
                     MilestoneConfig milestones, Celebrations celebrations, CoachAlertConfig alertConfig,
                     CoachAlerts alerts, CoachAlertSweep alertSweep, Keyring keyring) {
        this.settings = settings;
        this.readers = readers;
        this.deadLetters = new DeadLetters(bootstrapServers);
        // switched off, celebrations are not reconciled, so the batch forgets its users' latest runs: once switched on,
        // their next batch reads their whole history
        BatchFollowUp followUp = milestones.enabled() ? new CelebrationFollowUp(celebrations, clock, ahead)
                : BatchFollowUp.NONE;
        if (alertConfig.enabled()) {
            followUp = followUp.andThen(alert(alerts, alertSweep, clock));
        }
        this.processor = new PollProcessor(dataSource, new EventReader(mapper), new SealedRecords(keyring, mapper),
                Tables.LIVE, deadLetters, followUp);
        this.status = new ConsumerStatus(clock);
        this.meters = new ConsumerMeters(registry);
    }

    /** The coaches' alerts of the athletes whose facts or grants changed, and a place on the sweep's schedule. */
    private static BatchFollowUp alert(CoachAlerts alerts, CoachAlertSweep sweep, Clock clock) {
        return (connection, changes) -> {
            Instant now = clock.instant();
            CoachAlerts.Reconciled reconciled = alerts.reconcile(connection, changes.athletes(), now);
            sweep.watch(connection, reconciled.watched(), now);
            return BatchFollowUp.Done.afterCommit(() -> alerts.announce(reconciled));
        };
    }

    void onStart(@Observes StartupEvent event) {
        if (settings.enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
        ahead.shutdown();
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
        CountDownLatch signal = new CountDownLatch(1);
        stopSignal = signal;
        status.started();
        thread = new Thread(() -> run(signal), "progress-consumer");
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

    private void run(CountDownLatch stopSignal) {
        try (KafkaConsumer<byte[], byte[]> kafka = readers.live();
             PollPipeline pipeline = new PollPipeline(kafka, processor, meters, status)) {
            consumer = kafka;
            kafka.subscribe(TopicReaders.TOPICS, new ConsumerRebalanceListener() {
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
            LOG.infof("consuming %s as group %s", String.join(" and ", TopicReaders.TOPICS), settings.groupId());
            new PollLoop(kafka, processor, pipeline, settings, stopSignal).run();
        } catch (WakeupException e) {
            // stop() woke the consumer up; a poll in flight is abandoned uncommitted and will be read again
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
}
