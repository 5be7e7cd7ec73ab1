package app.limber.routine.messaging;

import app.limber.routine.domain.CoachingScope;
import app.limber.routine.persistence.CoachingGrant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Writes coaching grants and revocations to the outbox, in the caller's transaction, sealed with the athlete's data
 * key and keyed by their alias, so that the grants of one athlete stay in order (the latest per athlete and coach
 * wins).
 */
@ApplicationScoped
public class CoachingEvents {

    public static final String TOPIC = "routine.coaching-events";
    public static final String GRANTED = "limber.coaching.granted.v1";
    public static final String REVOKED = "limber.coaching.revoked.v1";
    /** Where each event type goes. */
    static final Map<String, String> TOPICS = Map.of(GRANTED, TOPIC, REVOKED, TOPIC);

    /** Which side ended a relationship, as limber.coaching.revoked.v1 names it. */
    public enum RevokedBy {
        ATHLETE, COACH;

        String term() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final OutboxWriter writer;

    CoachingEvents(OutboxWriter writer) {
        this.writer = writer;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void granted(CoachingGrant grant, Instant now) {
        UUID eventId = UUID.randomUUID();
        append(grant.athleteId, GRANTED, eventId, now, new EventPayloads.CoachingGranted(eventId, now, grant.athleteId,
                grant.coachId, CoachingScope.terms(grant.scopes())));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revoked(CoachingGrant grant, RevokedBy by, Instant now) {
        UUID eventId = UUID.randomUUID();
        append(grant.athleteId, REVOKED, eventId, now,
                new EventPayloads.CoachingRevoked(eventId, now, grant.athleteId, grant.coachId, by.term()));
    }

    private void append(String key, String type, UUID eventId, Instant occurredAt, Object payload) {
        writer.appendSealed(TOPIC, key, type, eventId, occurredAt, payload);
    }
}
