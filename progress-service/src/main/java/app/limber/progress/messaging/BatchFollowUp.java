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
 *
 * <p>A batch {@linkplain #begin begins} its follow-up as soon as the sessions that came in order are added, and
 * finishes it {@linkplain #inTransaction in its transaction} once every statement of its own has run: what a follow-up
 * can work out from those sessions alone it may work out in between, on another thread, beside those statements.
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

    /**
     * The users whose only news is sessions never seen (nor deleted) before, once those are added to their rollups:
     * the parts of {@link Changes} that concern them, known before the batch's remaining statements run.
     *
     * @param added              each such user, with what their sessions added
     * @param reconciledRuns     those of them whose celebrations were reconciled with every change before this batch,
     *                           with the latest runs they were reconciled with
     * @param latestSessionZones the zone of each one's latest session after this batch
     */
    record InOrder(Map<String, AddedSessions> added, Map<String, LatestRuns> reconciledRuns,
                   Map<String, ZoneId> latestSessionZones) {
    }

    Done inTransaction(Connection connection, Changes changes) throws SQLException;

    /**
     * This follow-up for one batch, begun with what its sessions in order added; the batch calls
     * {@link #inTransaction} of what this returns, once. The default works nothing out ahead.
     */
    default BatchFollowUp begin(InOrder inOrder) {
        return this;
    }

    /** This follow-up, then {@code next}, in the same transaction; both after-commit steps run. */
    default BatchFollowUp andThen(BatchFollowUp next) {
        BatchFollowUp first = this;
        return new BatchFollowUp() {
            @Override
            public BatchFollowUp begin(InOrder inOrder) {
                return first.begin(inOrder).andThen(next.begin(inOrder));
            }

            @Override
            public Done inTransaction(Connection connection, Changes changes) throws SQLException {
                Done one = first.inTransaction(connection, changes);
                Done two = next.inTransaction(connection, changes);
                Map<String, LatestRuns> runs = new HashMap<>(one.reconciledRuns());
                runs.putAll(two.reconciledRuns());
                return new Done(() -> {
                    one.afterCommit().run();
                    two.afterCommit().run();
                }, runs);
            }
        };
    }
}
