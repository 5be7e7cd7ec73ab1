package app.limber.progress.messaging;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import app.limber.progress.persistence.RebuildTables;
import app.limber.progress.persistence.SwapLock;
import app.limber.progress.persistence.Tables;

/**
 * Rebuilds every progress table from the two topics, which keep every record forever.
 *
 * <ol>
 *   <li>Creates empty {@code *_rebuild} twins of the tables.</li>
 *   <li>Reads both topics from their first offsets to the end offsets taken at the start (a reader of its own,
 *       assigned to every partition, committing no offsets anywhere) and applies them to the twins with the very
 *       code the live consumer runs, poll by poll. Records the live consumer dead-lettered are skipped. Milestones
 *       are neither recomputed nor published: their table is no twin, and the same facts give the same milestones,
 *       so the live consumer's next batch for a user finds them recorded.</li>
 *   <li>Takes the swap lock exclusively: live batches on every instance finish and wait. Then reads on to the
 *       end offsets of that moment, so the twins hold everything any live batch can have committed, and swaps
 *       the tables in the same transaction. Live consumers resume on the new tables from their own committed
 *       offsets; what they read again is in the new {@code processed_event} and is skipped.</li>
 * </ol>
 * Meanwhile the live tables keep answering reads and taking events.
 */
@ApplicationScoped
public class Rebuilder {

    private static final Logger LOG = Logger.getLogger(Rebuilder.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final DataSource dataSource;
    private final TopicReaders readers;
    private final PollProcessor processor;
    private final Keyring keyring;
    private final AtomicBoolean running = new AtomicBoolean();

    Rebuilder(DataSource dataSource, TopicReaders readers, ObjectMapper mapper, Keyring keyring) {
        this.dataSource = dataSource;
        this.readers = readers;
        this.keyring = keyring;
        this.processor = new PollProcessor(dataSource, new EventReader(mapper), new SealedRecords(keyring, mapper),
                Tables.REBUILD, null, BatchFollowUp.NONE);
    }

    /** What a rebuild did. */
    public record Report(long recordsRead, long eventsApplied, long recordsSkipped, long millis) {
    }

    /** Thrown when a rebuild is asked for while one runs. */
    public static class AlreadyRunning extends RuntimeException {
        AlreadyRunning() {
            super("a rebuild is already running", null, false, false);
        }
    }

    public Report rebuild() throws Exception {
        if (!running.compareAndSet(false, true)) {
            throw new AlreadyRunning();
        }
        long started = System.nanoTime();
        // keys shredded since they were last read must not open the records they sealed
        keyring.catchUp();
        try (KafkaConsumer<byte[], byte[]> reader = readers.rebuild()) {
            try (Connection connection = dataSource.getConnection()) {
                RebuildTables.create(connection);
            }
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TopicReaders.TOPICS) {
                reader.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Counts counts = new Counts();
            readTo(reader, reader.endOffsets(partitions), counts);
            try (Connection swap = dataSource.getConnection()) {
                swap.setAutoCommit(false);
                try {
                    SwapLock.exclusive(swap);
                    readTo(reader, reader.endOffsets(partitions), counts);
                    RebuildTables.swap(swap);
                    swap.commit();
                } catch (Exception | Error e) {
                    swap.rollback();
                    throw e;
                } finally {
                    swap.setAutoCommit(true);
                }
            }
            Report report = new Report(counts.read, counts.applied, counts.skipped,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            LOG.infof("rebuilt progress from the topics: %s", report);
            return report;
        } finally {
            running.set(false);
        }
    }

    private void readTo(KafkaConsumer<byte[], byte[]> reader, Map<TopicPartition, Long> end, Counts counts) throws Exception {
        while (end.entrySet().stream().anyMatch(partition -> reader.position(partition.getKey()) < partition.getValue())) {
            ConsumerRecords<byte[], byte[]> records = reader.poll(POLL);
            if (!records.isEmpty()) {
                PollProcessor.Outcome outcome = processor.process(records);
                counts.read += outcome.records();
                counts.applied += outcome.applied();
                counts.skipped += outcome.rejected().size();
            }
        }
    }

    private static final class Counts {
        long read;
        long applied;
        long skipped;
    }
}
