package app.limber.progress.messaging;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;

import app.limber.progress.domain.milestone.AddedSessions;
import app.limber.progress.domain.milestone.LatestRuns;
import app.limber.progress.domain.milestone.RevocationReason;

/**
 * What a batch does last, in its transaction, for the users whose facts it changed, once their rollups are written:
 * the live consumer records and publishes their celebrations and their coaches' alerts. A rebuild does nothing
 * ({@link #NONE}): it replays the facts into fresh tables, and the milestones and alerts recorded from them stay as
 * they are.
 */
@FunctionalInterface
public interface BatchFollowUp {

    Runnable NOTHING_AFTER_COMMIT = () -> {
    };

    /**
     * Does nothing: a rebuild, and the live consumer with milestones switched off, whose batches thereby forget their
     * users' latest runs (see {@link Done#reconciledRuns}).
     */
    BatchFollowUp NONE = (connection, changes) -> Done.NOTHING;

    /**
     * What a batch changed.
     *
     * @param statistics         each user whose statistics facts changed, and why whatever of theirs stops being true
     *                           now does
     * @param athletes           every user with new facts: those above and the athletes whose coaching grants changed
     * @param added              the users of {@code statistics} whose only news is sessions never seen (nor deleted)
     *                           before, with what those sessions added: their celebrations can be reconciled from a
     *                           window of their history, or from nothing of it when the sessions make nothing new true
     * @param reconciledRuns     the users of {@code statistics} whose celebrations were reconciled with every change to
     *                           their facts before this batch, with the latest runs they were reconciled with
     * @param latestSessionZones the zone of the latest session of each user of {@code statistics} after this batch
     *                           (their "today" when no plan says); users without a session are absent
     */
    record Changes(SortedMap<String, RevocationReason> statistics, SortedSet<String> athletes,
                   Map<String, AddedSessions> added, Map<String, LatestRuns> reconciledRuns,
                   Map<String, ZoneId> latestSessionZones) {
    }

    /**
     * What a follow-up did.
     *
     * @param afterCommit    what to run once the transaction has committed
     * @param reconciledRuns the users of {@link Changes#statistics} whose celebrations it reconciled with their facts as
     *                       they now stand, with their latest runs now; the batch keeps them with each user, and
     *                       forgets the runs of the others (their celebrations are no longer reconciled)
     */
    record Done(Runnable afterCommit, Map<String, LatestRuns> reconciledRuns) {

        static final Done NOTHING = new Done(NOTHING_AFTER_COMMIT, Map.of());

        public static Done afterCommit(Runnable afterCommit) {
            return new Done(afterCommit, Map.of());
        }
    }

    Done inTransaction(Connection connection, Changes changes) throws SQLException;

    /** This follow-up, then {@code next}, in the same transaction; both after-commit steps run. */
    default BatchFollowUp andThen(BatchFollowUp next) {
        return (connection, changes) -> {
            Done first = inTransaction(connection, changes);
            Done second = next.inTransaction(connection, changes);
            Map<String, LatestRuns> runs = new HashMap<>(first.reconciledRuns());
            runs.putAll(second.reconciledRuns());
            return new Done(() -> {
                first.afterCommit().run();
                second.afterCommit().run();
            }, runs);
        };
    }
}
