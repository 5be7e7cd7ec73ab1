package app.limber.progress.messaging;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;

import app.limber.progress.domain.milestone.AddedSessions;
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

    BatchFollowUp NONE = (connection, changes) -> NOTHING_AFTER_COMMIT;

    /**
     * What a batch changed.
     *
     * @param statistics each user whose statistics facts changed, and why whatever of theirs stops being true now does
     * @param athletes   every user with new facts: those above and the athletes whose coaching grants changed
     * @param added      the users of {@code statistics} whose only news is sessions never seen (nor deleted) before,
     *                   with what those sessions added: their celebrations can be reconciled from a window of their
     *                   history, or from nothing of it when the sessions make nothing new true
     */
    record Changes(SortedMap<String, RevocationReason> statistics, SortedSet<String> athletes,
                   Map<String, AddedSessions> added) {
    }

    /** @return what to run once the transaction has committed */
    Runnable inTransaction(Connection connection, Changes changes) throws SQLException;

    /** This follow-up, then {@code next}, in the same transaction; both after-commit steps run. */
    default BatchFollowUp andThen(BatchFollowUp next) {
        return (connection, changes) -> {
            Runnable first = inTransaction(connection, changes);
            Runnable second = next.inTransaction(connection, changes);
            return () -> {
                first.run();
                second.run();
            };
        };
    }
}
