package app.limber.progress.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

import app.limber.progress.persistence.SwapLock;
import app.limber.progress.persistence.Tables;

/**
 * One poll, one database transaction: reads every record, applies the accepted ones with a
 * {@link BatchApplier} and commits; then dead-letters the rejected ones. The caller commits the offsets
 * only after this returns, so a failure anywhere means the whole poll is read again, and the
 * {@code processed_event} ledger makes the second time count nothing twice.
 */
public final class PollProcessor {

    private static final Logger LOG = Logger.getLogger(PollProcessor.class);

    private final DataSource dataSource;
    private final EventReader reader;
    private final SealedRecords sealed;
    private final BatchApplier applier;
    private final boolean live;
    private final DeadLetters deadLetters;

    /**
     * @param deadLetters where rejected records go; null for a rebuild, which skips them (the live consumer
     *                    dead-lettered them when they first arrived)
     * @param followUp    what each batch does last, in its transaction ({@link BatchFollowUp#NONE} for a rebuild)
     */
    PollProcessor(DataSource dataSource, EventReader reader, SealedRecords sealed, Tables tables,
                  DeadLetters deadLetters, BatchFollowUp followUp) {
        this.dataSource = dataSource;
        this.reader = reader;
        this.sealed = sealed;
        this.applier = new BatchApplier(tables, followUp);
        this.live = tables.equals(Tables.LIVE);
        this.deadLetters = deadLetters;
    }

    /** Reads and applies one poll. */
    public Outcome process(ConsumerRecords<byte[], byte[]> records) throws Exception {
        return apply(read(records));
    }

    /**
     * Opens and reads every record of a poll (CPU only, no database; the broker only when a key is new to the
     * {@link Keyring}), so that it can overlap the previous poll's writes. A record sealed with a shredded key is
     * skipped: it is neither applied nor dead-lettered.
     */
    public Poll read(ConsumerRecords<byte[], byte[]> records) {
        List<BatchApplier.TopicEvent> accepted = new ArrayList<>(records.count());
        List<DeadLetters.Rejection> rejected = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            String ceType = header(record, "ce_type");
            String ceId = header(record, "ce_id");
            SealedRecords.Opened opened = sealed.open(record.value(), ceId, ceType, record.timestamp());
            if (opened instanceof SealedRecords.Opened.Unreadable unreadable) {
                rejected.add(new DeadLetters.Rejection(record, unreadable.reason()));
                continue;
            }
            if (!(opened instanceof SealedRecords.Opened.Payload payload)) {
                continue;
            }
            Reading reading = reader.read(record.topic(), ceType, ceId, payload.value());
            if (reading instanceof Reading.Accepted ok) {
                if (payload.alias() != null) {
                    sealed.learned(ok.event().userId(), payload.alias());
                }
                accepted.add(new BatchApplier.TopicEvent(record.topic(), ok.event()));
            } else {
                rejected.add(new DeadLetters.Rejection(record, ((Reading.Rejected) reading).reason()));
            }
        }
        return new Poll(records, accepted, rejected);
    }

    /** Applies a read poll in one transaction, then dead-letters its rejected records. */
    public Outcome apply(Poll poll) throws Exception {
        long started = System.nanoTime();
        int applied = applyInOneTransaction(poll.accepted());
        LOG.debugf("%d records applied in %d ms", poll.records().count(), (System.nanoTime() - started) / 1_000_000);
        if (deadLetters != null) {
            deadLetters.sendAll(poll.rejected());
        }
        return new Outcome(poll.records().count(), applied, poll.rejected());
    }

    /** One poll, read. */
    public record Poll(ConsumerRecords<byte[], byte[]> records, List<BatchApplier.TopicEvent> accepted,
                       List<DeadLetters.Rejection> rejected) {
    }

    private int applyInOneTransaction(List<BatchApplier.TopicEvent> accepted) throws Exception {
        if (accepted.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            BatchApplier.Applied applied;
            try {
                if (live) {
                    SwapLock.shared(connection);
                }
                applied = applier.apply(connection, ErasedEvents.without(connection, accepted));
                connection.commit();
            } catch (Exception | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            applied.afterCommit().run();
            return applied.events();
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * @param records  records in the poll
     * @param applied  events with an effect (new event ids)
     * @param rejected records dead-lettered (or, in a rebuild, skipped)
     */
    public record Outcome(int records, int applied, List<DeadLetters.Rejection> rejected) {
    }
}
