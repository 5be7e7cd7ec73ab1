package app.limber.routine.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users' wrapped data keys and aliases, and the fingerprints of erased users, in the caller's transaction. */
@ApplicationScoped
public class UserKeyStore {

    /** A user's alias and data key as stored: wrapped with the master key. */
    public record StoredKey(UUID alias, byte[] wrappedKey) {
    }

    private final EntityManager em;

    UserKeyStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Holds the user's erasure off until the transaction ends: writers share this lock and
     * {@link ErasureStore#lockUser} takes it alone, so a write either commits before the erasure or finds the user
     * erased.
     */
    public void shareUserLock(String userId) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock_shared(hashtextextended(?1, 0))")
                .setParameter(1, ErasureStore.LOCK_PREFIX + userId).getSingleResult();
    }

    public Optional<StoredKey> find(String userId) {
        List<?> rows = em.createNativeQuery("select alias, wrapped_key from user_key where user_id = ?1")
                .setParameter(1, userId).getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new StoredKey((UUID) columns[0], (byte[]) columns[1]);
        });
    }

    /** False when the user has a key already (another transaction's, which this one waited for). */
    public boolean insertIfAbsent(String userId, UUID alias, byte[] wrappedKey, Instant at) {
        return em.createNativeQuery("insert into user_key (user_id, alias, wrapped_key, created_at) "
                        + "values (?1, ?2, ?3, ?4) on conflict (user_id) do nothing")
                .setParameter(1, userId).setParameter(2, alias).setParameter(3, wrappedKey)
                .setParameter(4, Timestamp.from(at)).executeUpdate() == 1;
    }

    /** Deletes the user's key and answers the alias it had. */
    public Optional<UUID> delete(String userId) {
        List<?> aliases = em.createNativeQuery("delete from user_key where user_id = ?1 returning alias")
                .setParameter(1, userId).getResultList();
        return aliases.stream().findFirst().map(alias -> (UUID) alias);
    }

    public boolean isErased(byte[] fingerprint) {
        return !em.createNativeQuery("select 1 from erased_user where fingerprint = ?1")
                .setParameter(1, fingerprint).getResultList().isEmpty();
    }

    public void markErased(byte[] fingerprint, Instant at) {
        em.createNativeQuery("insert into erased_user (fingerprint, erased_at) values (?1, ?2) on conflict do nothing")
                .setParameter(1, fingerprint).setParameter(2, Timestamp.from(at)).executeUpdate();
    }
}
