package app.limber.routine.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.UUID;

/** The catalog events already applied, for an idempotent consumer. */
@ApplicationScoped
public class ProcessedEventRepository {

    private final EntityManager em;

    ProcessedEventRepository(EntityManager em) {
        this.em = em;
    }

    /** Records the event in the caller's transaction; false when it was applied before. */
    public boolean markProcessed(UUID eventId) {
        int inserted = em.createNativeQuery("insert into processed_event (event_id) values (?1) on conflict do nothing")
                .setParameter(1, eventId)
                .executeUpdate();
        return inserted == 1;
    }
}
