package app.limber.progress.messaging;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import app.limber.platform.outbox.OutboxEvent;
import app.limber.progress.domain.milestone.Milestone;
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

    /**
     * A milestone's own fields (those of its type, beyond the common ones), as its row keeps them: the common fields
     * are the row's columns, so a row that is never published carries no copy of them.
     */
    public String details(Milestone milestone) {
        return json(milestone.payloadFields());
    }

    /** The payload of a milestone recorded at {@code at} under {@code id}: the common fields, then its details. */
    public String payload(UUID id, String userId, Instant at, String details) {
        Map<String, Object> common = new LinkedHashMap<>();
        common.put("eventId", id.toString());
        common.put("occurredAt", at);
        common.put("userId", userId);
        common.put("milestoneId", id.toString());
        String head = json(common);
        return details.equals("{}") ? head : head.substring(0, head.length() - 1) + "," + details.substring(1);
    }

    /** The {@code limber.milestone.revoked.v1} payload of a revocation made at {@code at}. */
    public String payload(MilestoneChanges.Revocation revocation, Instant at) {
        return payload(revocation.id(), revocation.revoked().key().userId(), at, json(revocation.payloadFields()));
    }

    /** The outbox event carrying a payload built above. */
    public OutboxEvent event(MilestoneType type, UUID id, String userId, Instant at, String payload) {
        return new OutboxEvent(id, TOPIC, userId, type.eventType(), at, payload);
    }

    private String json(Map<String, Object> fields) {
        try {
            return mapper.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write milestone fields " + fields.keySet(), e);
        }
    }
}
