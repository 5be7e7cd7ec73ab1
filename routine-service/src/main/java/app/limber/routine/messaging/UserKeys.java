package app.limber.routine.messaging;

import app.limber.platform.privacy.DataKey;
import app.limber.platform.privacy.MasterKey;
import app.limber.platform.privacy.UserKeyRecord;
import app.limber.routine.domain.RoutineException;
import app.limber.routine.persistence.UserKeyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Each user's data key and alias (ADR 0014): made on the user's first event, published wrapped before that event
 * can be, and destroyed by erasure, after which the user's records on the routine topics are noise.
 */
@ApplicationScoped
public class UserKeys {

    /** A user's alias (the record key of their events) and data key, unwrapped. */
    public record UserKey(String alias, DataKey key) {
    }

    private final UserKeyStore store;
    private final UserKeyPublisher publisher;
    private final MasterKey master;
    private final Clock clock;

    UserKeys(UserKeyStore store, UserKeyPublisher publisher, MasterKey master, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.master = master;
        this.clock = clock;
    }

    /**
     * The user's key, made now if they have none. The transaction holds the user's erasure off until it ends;
     * an erased user gets no new key, so nothing new is written for them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UserKey forUser(String userId) {
        store.shareUserLock(userId);
        Optional<UserKeyStore.StoredKey> stored = store.find(userId);
        if (stored.isPresent()) {
            return unwrapped(stored.get());
        }
        if (store.isErased(master.fingerprint(userId))) {
            throw new RoutineException(RoutineException.Reason.GONE,
                    "This account's data was erased; it takes no new data");
        }
        UUID alias = UUID.randomUUID();
        DataKey key = DataKey.random();
        byte[] wrapped = master.wrap(key, alias.toString());
        Instant now = clock.instant();
        if (!store.insertIfAbsent(userId, alias, wrapped, now)) {
            return unwrapped(store.find(userId).orElseThrow());
        }
        // published before this transaction commits, so before any event sealed with it: a key whose transaction
        // then rolls back is an orphan on the topic that opens nothing
        publisher.issued(new UserKeyRecord(UUID.randomUUID(), now, alias.toString(), wrapped));
        return new UserKey(alias.toString(), key);
    }

    /**
     * Destroys the user's key: the row, and on the key topic a tombstone that compaction turns into the removal of
     * every copy. Answers the alias the user had, if any.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> shred(String userId) {
        Instant now = clock.instant();
        store.markErased(master.fingerprint(userId), now);
        Optional<UUID> alias = store.delete(userId);
        alias.ifPresent(a -> publisher.shredded(a.toString(), now));
        return alias;
    }

    private UserKey unwrapped(UserKeyStore.StoredKey stored) {
        String alias = stored.alias().toString();
        return new UserKey(alias, master.unwrap(stored.wrappedKey(), alias));
    }
}
