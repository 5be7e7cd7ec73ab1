package app.limber.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

/**
 * Appends events in the caller's transaction, so an event exists exactly when the state change it
 * describes was committed; the relay is woken after that commit rather than on the next sweep.
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
