package app.limber.routine.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<TrainingSession, UUID> {

    private final EntityManager em;

    SessionRepository(EntityManager em) {
        this.em = em;
    }

    /** One page of the user's sessions whose local day lies in [from, to] (either may be null), latest first. */
    public Paged<TrainingSession> ofUser(String userId, LocalDate from, LocalDate to, int page, int size) {
        StringBuilder query = new StringBuilder("userId = :user");
        Parameters params = Parameters.with("user", userId);
        if (from != null) {
            query.append(" and localDate >= :from");
            params.and("from", from);
        }
        if (to != null) {
            query.append(" and localDate <= :to");
            params.and("to", to);
        }
        query.append(" order by completedAt desc, id");
        return Paged.of(find(query.toString(), params), page, size);
    }

    public Optional<TrainingSession> ownedBy(UUID id, String userId) {
        return findByIdOptional(id).filter(s -> s.userId.equals(userId));
    }

    public Optional<TrainingSession> byIdempotencyKey(String userId, String key) {
        return find("userId = ?1 and idempotencyKey = ?2", userId, key).firstResultOptional();
    }

    /**
     * Serialises requests carrying the same user and Idempotency-Key until the transaction ends, so that
     * two concurrent retries cannot both record the session.
     */
    public void lockIdempotencyKey(String userId, String key) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, userId + "\n" + key)
                .getSingleResult();
    }
}
