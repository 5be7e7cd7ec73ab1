package app.limber.progress.messaging;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import app.limber.platform.outbox.OutboxEvent;
import app.limber.progress.domain.milestone.MilestoneChanges;
import app.limber.progress.domain.milestone.MilestoneType;

/**
 * The events of {@code progress.milestone-events}: CloudEvents type {@code limber.milestone.<type>.v1}, keyed by user
 * id so that one user's milestones stay in order, {@code eventId} = {@code milestoneId} = the milestone's
 * deterministic id, and the payload of its contract (the common fields, then the type's own).
 */
@ApplicationScoped
public class MilestoneEvents {

    public static final String TOPIC = "progress.milestone-events";

    private final ObjectMapper mapper;

    MilestoneEvents(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The payload of a celebration that became true, recorded at {@code at}. */
    public String payload(MilestoneChanges.Publication publication, Instant at) {
        return payload(publication.id(), publication.milestone().key().userId(), at,
                publication.milestone().payloadFields());
    }

    /** The {@code limber.milestone.revoked.v1} payload of a revocation made at {@code at}. */
    public String payload(MilestoneChanges.Revocation revocation, Instant at) {
        return payload(revocation.id(), revocation.revoked().key().userId(), at, revocation.payloadFields());
    }

    /** The outbox event carrying a payload built above. */
    public OutboxEvent event(MilestoneType type, UUID id, String userId, Instant at, String payload) {
        return new OutboxEvent(id, TOPIC, userId, type.eventType(), at, payload);
    }

    private String payload(UUID id, String userId, Instant at, Map<String, Object> fields) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("eventId", id.toString());
        payload.put("occurredAt", at);
        payload.put("userId", userId);
        payload.put("milestoneId", id.toString());
        payload.putAll(fields);
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write milestone " + id, e);
        }
    }
}
