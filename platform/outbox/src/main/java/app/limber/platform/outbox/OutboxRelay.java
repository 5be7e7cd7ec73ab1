package app.limber.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes pending outbox events: right after a commit that appended some, and on a short periodic
 * sweep that catches whatever a wake-up missed (a crash, a broker outage). An event is marked
 * published only after the broker acknowledged it, so delivery is at least once; consumers
 * deduplicate on the event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Rows looked at by one delete of published events; repeated while it finds some, up to PURGE_BATCHES. */
    private static final int PURGE_BATCH = 5000;
    /*
     * The purge runs on the relay's thread: a table that has never been purged (millions of rows) is caught up
     * over several sweeps, 100,000 rows a minute, rather than holding back publication in one long go.
     */
    private static final int PURGE_BATCHES = 20;
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

    private final OutboxStore store;
    private final KafkaEventPublisher publisher;
    private final OutboxConfig config;
    private final Timer publishLag;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final AtomicReference<PendingStats> lastStats = new AtomicReference<>(PendingStats.NONE);
    private final Counter purged;
    private volatile Instant nextPurge = Instant.MIN;
    private volatile ScheduledExecutorService executor;

    OutboxRelay(OutboxStore store, KafkaEventPublisher publisher, OutboxConfig config, MeterRegistry registry) {
        this.store = store;
        this.publisher = publisher;
        this.config = config;
        this.publishLag = Timer.builder("limber.outbox.publish.lag")
                .description("Time from an event's commit to the broker's acknowledgement")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        this.purged = Counter.builder("limber.outbox.purged")
                .description("Published events deleted once older than limber.outbox.retention")
                .register(registry);
        registry.gauge("limber.outbox.pending", lastStats, s -> s.get().count());
        registry.gauge("limber.outbox.oldest.pending.age.seconds", lastStats, s -> s.get().oldestAge().toMillis() / 1000.0);
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relayEnabled()) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        long interval = config.sweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sweep, 0, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Asks for a drain soon; many commits in a row coalesce into one. */
    public void wake() {
        ScheduledExecutorService current = executor;
        if (current != null && wakeQueued.compareAndSet(false, true)) {
            current.execute(() -> {
                wakeQueued.set(false);
                drain();
            });
        }
    }

    /** What is waiting now, as last seen by the relay (refreshed on every sweep). */
    public PendingStats pendingStats() {
        return lastStats.get();
    }

    private void sweep() {
        drain();
        try {
            lastStats.set(store.pendingStats());
        } catch (RuntimeException e) {
            LOG.debugf("could not read outbox statistics: %s", e.getMessage());
        }
        if (Instant.now().isAfter(nextPurge)) {
            nextPurge = Instant.now().plus(PURGE_INTERVAL);
            purgePublished();
        }
    }

    /** Deletes published events older than the retention; returns how many. Several instances may run it at once. */
    public int purgePublished() {
        int total = 0;
        try {
            Instant cutoff = Instant.now().minus(config.retention());
            int deleted;
            int batches = 0;
            do {
                deleted = QuarkusTransaction.requiringNew().call(() -> store.deletePublishedBefore(cutoff, PURGE_BATCH));
                total += deleted;
            } while (deleted > 0 && ++batches < PURGE_BATCHES);
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay could not delete published events: %s", e.getMessage());
        }
        purged.increment(total);
        return total;
    }

    private void drain() {
        try {
            int published;
            do {
                published = QuarkusTransaction.requiringNew().call(this::publishOneBatch);
            } while (published == config.batchSize());
        } catch (RuntimeException e) {
            // the events stay pending; the next sweep tries again
            LOG.warnf("outbox relay could not publish: %s", e.getMessage());
        }
    }

    private int publishOneBatch() {
        List<PendingEvent> batch = store.lockPendingBatch(config.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        List<PendingEvent> acknowledged = publisher.publish(batch);
        store.markPublished(acknowledged.stream().map(PendingEvent::id).toList());
        Instant now = Instant.now();
        acknowledged.forEach(p -> publishLag.record(Duration.between(p.createdAt(), now)));
        if (acknowledged.size() < batch.size()) {
            LOG.warnf("outbox: %d of %d events not acknowledged by the broker; will retry", batch.size() - acknowledged.size(), batch.size());
        }
        return acknowledged.size();
    }
}
