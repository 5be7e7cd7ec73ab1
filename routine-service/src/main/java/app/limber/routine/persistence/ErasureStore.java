package app.limber.routine.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Erasure requests, their confirmations, and the deletion of everything routine holds about one user. */
@ApplicationScoped
public class ErasureStore {

    /** A request as its status shows it: when, by whom, each confirming service and when, and when complete. */
    public record Request(UUID id, Instant requestedAt, String requestedBy, Map<String, Instant> confirmations,
                          Instant completedAt) {
    }

    /** The advisory lock's name for a user, shared by writers ({@link UserKeyStore#shareUserLock}). */
    static final String LOCK_PREFIX = "erasure\n";

    private final EntityManager em;

    ErasureStore(EntityManager em) {
        this.em = em;
    }

    /** Serialises requests for one user until the transaction ends, so that two at once make one request. */
    public void lockUser(String userId) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, LOCK_PREFIX + userId).getSingleResult();
    }

    public Optional<UUID> pendingFor(String userId) {
        List<?> found = em.createNativeQuery("select id from erasure_request where pending_user_id = ?1")
                .setParameter(1, userId).getResultList();
        return found.stream().findFirst().map(id -> (UUID) id);
    }

    public void insert(UUID id, Instant at, String requestedBy, String userId) {
        em.createNativeQuery("insert into erasure_request (id, requested_at, requested_by, pending_user_id) "
                        + "values (?1, ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, Timestamp.from(at)).setParameter(3, requestedBy)
                .setParameter(4, userId).executeUpdate();
    }

    public Optional<Request> find(UUID id) {
        List<?> rows = em.createNativeQuery("select requested_at, requested_by, completed_at from erasure_request where id = ?1")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        Map<String, Instant> confirmations = new LinkedHashMap<>();
        for (Object confirmation : em.createNativeQuery(
                        "select service, confirmed_at from erasure_confirmation where request_id = ?1 order by service")
                .setParameter(1, id).getResultList()) {
            Object[] c = (Object[]) confirmation;
            confirmations.put((String) c[0], instant(c[1]));
        }
        return Optional.of(new Request(id, instant(row[0]), (String) row[1], confirmations, instant(row[2])));
    }

    /** Records a service's confirmation; false when the request is unknown here (another deployment's). */
    public boolean confirm(UUID requestId, String service, Instant at) {
        int known = em.createNativeQuery("insert into erasure_confirmation (request_id, service, confirmed_at) "
                        + "select id, ?2, ?3 from erasure_request where id = ?1 on conflict do nothing")
                .setParameter(1, requestId).setParameter(2, service).setParameter(3, Timestamp.from(at)).executeUpdate();
        return known == 1;
    }

    /** Marks the request complete once every service in {@code services} has confirmed it. */
    public void completeIfConfirmedBy(UUID requestId, List<String> services, Instant at) {
        em.createNativeQuery("update erasure_request set completed_at = ?2 where id = ?1 and completed_at is null "
                        + "and (select count(*) from erasure_confirmation where request_id = ?1) = ?3")
                .setParameter(1, requestId).setParameter(2, Timestamp.from(at)).setParameter(3, services.size())
                .executeUpdate();
    }

    /** Forgets whom the request was for: from here on it is an audit of when and by whom only. */
    public void forgetUser(UUID requestId) {
        em.createNativeQuery("update erasure_request set pending_user_id = null where id = ?1")
                .setParameter(1, requestId).executeUpdate();
    }

    /**
     * Deletes every row about the user and removes them from rows about others: their sessions, plans and pauses,
     * coaching on both sides, their routines (a routine another user's plan or session names stays, nameless and
     * ownerless, for that user's history), and the outbox rows naming them or keyed by their {@code alias} (their
     * sealed events; null when they had no key).
     */
    public void eraseUser(String userId, UUID alias) {
        for (String statement : List.of(
                "delete from plan_pause where plan_id in (select id from plan where user_id = ?1)",
                "update plan_pause set paused_by = 'erased' where paused_by = ?1",
                "delete from training_session where user_id = ?1",
                "delete from plan where user_id = ?1",
                "update plan set assigned_by = null where assigned_by = ?1",
                "delete from routine r where owner_id = ?1 and not exists (select 1 from plan p where p.routine_id = r.id) "
                        + "and not exists (select 1 from training_session s where s.routine_id = r.id)",
                "update routine set name = 'Erased routine', description = null, owner_id = null, "
                        + "deleted_at = coalesce(deleted_at, now()) where owner_id = ?1",
                "delete from coaching_grant where athlete_id = ?1 or coach_id = ?1",
                "delete from coach_invitation where coach_id = ?1",
                "update coach_invitation set used_by = null where used_by = ?1")) {
            em.createNativeQuery(statement).setParameter(1, userId).executeUpdate();
        }
        // another user's event waiting to be published must still reach progress; an erasure request naming
        // the user was consumed, so it is gone even while its relay has not yet marked it published
        em.createNativeQuery("delete from outbox_event where record_key = ?1 or record_key = ?2 or (published_at is not null "
                        + "or event_type = 'limber.erasure.requested.v1') and (payload ->> 'userId' = ?1 "
                        + "or payload ->> 'athleteId' = ?1 or payload ->> 'coachId' = ?1 or payload ->> 'assignedBy' = ?1 "
                        + "or payload ->> 'pausedBy' = ?1)")
                .setParameter(1, userId).setParameter(2, alias == null ? "" : alias.toString()).executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
