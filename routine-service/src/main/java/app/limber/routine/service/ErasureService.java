package app.limber.routine.service;

import app.limber.routine.domain.RoutineException;
import app.limber.routine.messaging.ErasureEvents;
import app.limber.routine.messaging.UserKeys;
import app.limber.routine.persistence.ErasureStore;
import app.limber.routine.persistence.ProcessedEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static app.limber.routine.domain.RoutineException.Reason.NOT_FOUND;

/**
 * Erasure (GDPR Art. 17): routine takes the request, publishes it for every service, erases its own part when the
 * request comes back to it like to the others, and completes the request's status from the services' confirmations.
 */
@ApplicationScoped
public class ErasureService {

    /** Every service that holds or may hold personal data confirms; the status is complete when all have. */
    public static final List<String> SERVICES = List.of("catalog", "routine", "progress");

    private static final Logger LOG = Logger.getLogger(ErasureService.class);

    private final ErasureStore store;
    private final ErasureEvents events;
    private final ProcessedEventRepository processed;
    private final UserKeys keys;
    private final Clock clock;

    ErasureService(ErasureStore store, ErasureEvents events, ProcessedEventRepository processed, UserKeys keys,
                   Clock clock) {
        this.store = store;
        this.events = events;
        this.processed = processed;
        this.keys = keys;
        this.clock = clock;
    }

    /** Starts an erasure of the user, or answers the one still running for them (asking again is harmless). */
    @Transactional
    public ErasureStore.Request request(String userId, String requestedBy) {
        store.lockUser(userId);
        UUID id = store.pendingFor(userId).orElseGet(() -> {
            UUID created = UUID.randomUUID();
            Instant now = clock.instant();
            store.insert(created, now, requestedBy, userId);
            events.requested(created, userId, requestedBy, now);
            return created;
        });
        return status(id);
    }

    @Transactional
    public ErasureStore.Request status(UUID id) {
        return store.find(id).orElseThrow(() -> new RoutineException(NOT_FOUND, "No such erasure request"));
    }

    /**
     * routine's own part, once per event: destroy the user's key (their records on the routine topics become noise),
     * erase their rows and confirm.
     */
    @Transactional
    public void erase(UUID eventId, UUID requestId, String userId) {
        if (!processed.markProcessed(eventId)) {
            return;
        }
        store.lockUser(userId);
        store.eraseUser(userId, keys.shred(userId).orElse(null));
        store.forgetUser(requestId);
        events.confirmed(requestId, clock.instant());
    }

    /** A service's confirmation, once per event; complete when every service has confirmed. */
    @Transactional
    public void confirmed(UUID eventId, UUID requestId, String service, Instant at) {
        if (!processed.markProcessed(eventId)) {
            return;
        }
        if (!store.confirm(requestId, service, at)) {
            LOG.infof("confirmation of an erasure request this deployment does not know: %s", requestId);
            return;
        }
        store.completeIfConfirmedBy(requestId, SERVICES, clock.instant());
    }
}
