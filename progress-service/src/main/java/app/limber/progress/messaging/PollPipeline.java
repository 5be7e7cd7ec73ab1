package app.limber.progress.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * One poll is written while the next is fetched and read: a writer thread applies poll N while the consumer
 * thread polls and parses N+1; offsets of N are committed (on the consumer thread, which owns the
 * {@link KafkaConsumer}) only once N's transaction has committed, and N+1 is submitted only after that, so
 * batches still apply strictly one after the other. Used by the consumer thread alone.
 */
final class PollPipeline implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PollPipeline.class);

    private final KafkaConsumer<byte[], byte[]> kafka;
    private final PollProcessor processor;
    private final ConsumerMeters meters;
    private final ConsumerStatus status;
    private final ExecutorService writer =
            Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "progress-writer"));
    private PollProcessor.Poll inFlight;
    private Future<PollProcessor.Outcome> result;
    private Timer.Sample started;
    private PollProcessor.Poll failed;

    PollPipeline(KafkaConsumer<byte[], byte[]> kafka, PollProcessor processor, ConsumerMeters meters,
                 ConsumerStatus status) {
        this.kafka = kafka;
        this.processor = processor;
        this.meters = meters;
        this.status = status;
    }

    /** Starts writing a poll; call {@link #settle()} first, so that only one is in flight. */
    void submit(PollProcessor.Poll poll) {
        inFlight = poll;
        started = meters.batchStarted();
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
            meters.batchCommitted(started, outcome);
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

    /** The poll whose write failed since the last call, or null. */
    PollProcessor.Poll takeFailed() {
        PollProcessor.Poll poll = failed;
        failed = null;
        return poll;
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<?, ?> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<? extends ConsumerRecord<?, ?>> inPartition = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(inPartition.get(inPartition.size() - 1).offset() + 1));
        }
        return offsets;
    }

    @Override
    public void close() {
        writer.shutdown();
    }
}
