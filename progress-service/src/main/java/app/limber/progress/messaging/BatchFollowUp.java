package app.limber.progress.messaging;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.SortedMap;

import app.limber.progress.domain.milestone.RevocationReason;

/**
 * What a batch does last, in its transaction, for the users whose facts it changed, once their rollups are written:
 * the live consumer records and publishes their celebrations. A rebuild does nothing ({@link #NONE}): it replays the
 * facts into fresh tables, and the milestones recorded from them stay as they are.
 */
@FunctionalInterface
public interface BatchFollowUp {

    Runnable NOTHING_AFTER_COMMIT = () -> {
    };

    BatchFollowUp NONE = (connection, changedUsers) -> NOTHING_AFTER_COMMIT;

    /**
     * @param changedUsers each user with new facts in the batch, and why whatever of theirs stops being true now does
     * @return what to run once the transaction has committed
     */
    Runnable inTransaction(Connection connection, SortedMap<String, RevocationReason> changedUsers) throws SQLException;
}
