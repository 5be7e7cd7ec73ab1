package app.limber.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Appends events in the caller's transaction, so an event exists exactly when the state change it
 * describes was committed; the relay is woken after that commit rather than on the next sweep.
 *
 * <p>A service that runs its own JDBC transactions instead of JTA ones (progress: one poll of its consumer, one
 * transaction on one connection) appends with {@link #append(Connection, List)} on that connection and calls
 * {@link #wakeRelay()} once it has committed.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxStore store;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transactions;

    Outbox(OutboxStore store, OutboxRelay relay, TransactionSynchronizationRegistry transactions) {
        this.store = store;
        this.relay = relay;
        this.transactions = transactions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(OutboxEvent event) {
        store.insert(event);
        transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(relay));
    }

    /**
     * Appends the events, in their order, on {@code connection}, inside the transaction the caller holds open on it:
     * they exist exactly when that transaction commits. One statement for the whole list.
     */
    public void append(Connection connection, List<OutboxEvent> events) throws SQLException {
        store.insertAll(connection, events);
    }

    /** Publishes soon what was appended by {@link #append(Connection, List)}; call it after the commit. */
    public void wakeRelay() {
        relay.wake();
    }

    private record WakeRelayAfterCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
