package app.limber.routine.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.Optional;

@ApplicationScoped
public class CoachingGrantRepository implements PanacheRepositoryBase<CoachingGrant, CoachingGrant.Key> {

    private final EntityManager em;

    CoachingGrantRepository(EntityManager em) {
        this.em = em;
    }

    /** One page of the athlete's coaches, latest grant first. */
    public Paged<CoachingGrant> ofAthlete(String athleteId, int page, int size) {
        return Paged.of(find("athleteId = ?1 order by grantedAt desc, coachId", athleteId), page, size);
    }

    public Optional<CoachingGrant> between(String athleteId, String coachId) {
        return storable(athleteId, coachId) ? findByIdOptional(new CoachingGrant.Key(athleteId, coachId)) : Optional.empty();
    }

    /**
     * The grant, share-locked until the transaction ends: a change a coach makes under it commits before a
     * revocation of it, or not at all.
     */
    public Optional<CoachingGrant> findForShare(String athleteId, String coachId) {
        return storable(athleteId, coachId)
                ? findByIdOptional(new CoachingGrant.Key(athleteId, coachId), LockModeType.PESSIMISTIC_READ) : Optional.empty();
    }

    public Optional<CoachingGrant> findForUpdate(String athleteId, String coachId) {
        return storable(athleteId, coachId)
                ? findByIdOptional(new CoachingGrant.Key(athleteId, coachId), LockModeType.PESSIMISTIC_WRITE) : Optional.empty();
    }

    /**
     * PostgreSQL text cannot hold a NUL character, so no stored user id has one; an id from a path that does is
     * nobody, not a query the database refuses.
     */
    private static boolean storable(String... userIds) {
        for (String id : userIds) {
            if (id.indexOf('\0') >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Serialises grants of one athlete to one coach until the transaction ends, so that two invitations of the
     * same coach accepted at once replace each other instead of both inserting the row.
     */
    public void lockPair(String athleteId, String coachId) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "coaching\n" + athleteId + "\n" + coachId)
                .getSingleResult();
    }
}
