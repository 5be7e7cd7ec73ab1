package app.limber.progress.messaging;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import app.limber.platform.outbox.OutboxEvent;
import app.limber.progress.domain.coach.AthleteAlert;

/**
 * The events of {@code progress.coach-alerts}: {@code limber.coach-alert.opened.v1}, keyed by coach id so that one
 * coach's alerts stay in order for a notifier, {@code eventId} = {@code alertId} (an alert opens once).
 */
@ApplicationScoped
public class CoachAlertEvents {

    public static final String TOPIC = "progress.coach-alerts";
    public static final String OPENED = "limber.coach-alert.opened.v1";

    private final ObjectMapper mapper;

    CoachAlertEvents(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The alert's {@code detail} as stored and shown. */
    public String detail(AthleteAlert alert) {
        return json(alert.detail(), alert.key());
    }

    /** The payload of an alert opened for {@code coachId} at {@code at}. */
    public String payload(UUID alertId, String coachId, String athleteId, AthleteAlert alert, Instant at) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("eventId", alertId.toString());
        payload.put("occurredAt", at);
        payload.put("alertId", alertId.toString());
        payload.put("coachId", coachId);
        payload.put("athleteId", athleteId);
        payload.put("kind", alert.kind().slug());
        payload.put("level", alert.level().slug());
        payload.put("openedAt", at);
        payload.put("detail", alert.detail());
        return json(payload, alert.key());
    }

    public OutboxEvent event(UUID alertId, String coachId, Instant at, String payload) {
        return new OutboxEvent(alertId, TOPIC, coachId, OPENED, at, payload);
    }

    private String json(Object value, String what) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write alert " + what, e);
        }
    }
}
