package app.limber.progress.messaging;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.limber.progress.domain.ExerciseFact;
import app.limber.progress.domain.PlanEnding;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.SessionFact;

/**
 * Turns one record (topic, CloudEvents headers, JSON body) into a {@link ProgressEvent}, or says why it
 * cannot be applied. It checks what the v1 schemas require of the fields it reads and of the required ones
 * it does not need (a record that breaks its contract is a producer bug to look at, not data to guess
 * about); it ignores unknown fields, so compatible additions to a v1 schema pass.
 */
public final class EventReader {

    public static final String SESSION_TOPIC = "routine.session-events";
    public static final String PLAN_TOPIC = "routine.plan-events";

    static final String PLAN_SCHEDULED = "limber.plan.scheduled.v1";
    static final String PLAN_ENDED = "limber.plan.ended.v1";
    static final String SESSION_COMPLETED = "limber.session.completed.v1";
    static final String SESSION_DELETED = "limber.session.deleted.v1";

    // progress's own copy of the contracts' vocabulary (ContractVocabularyTest compares it with limber-contracts)
    static final Map<String, Set<String>> TYPES_BY_TOPIC = Map.of(
            PLAN_TOPIC, Set.of(PLAN_SCHEDULED, PLAN_ENDED),
            SESSION_TOPIC, Set.of(SESSION_COMPLETED, SESSION_DELETED));

    static final Set<String> PURPOSES = Set.of("warm-up", "cooldown", "strength", "recovery", "mobility");
    static final Set<String> SIDES = Set.of("both", "left", "right", "none");
    static final Set<String> AREAS = Set.of("hip-flexors", "glutes", "hamstrings", "quadriceps", "adductors",
            "abductors", "it-band", "calves", "core", "lower-back", "obliques", "shoulders", "hips");

    private final ObjectMapper mapper;

    public EventReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param ceType the {@code ce_type} header, or null when missing
     * @param ceId   the {@code ce_id} header, or null when missing; when present it must equal {@code eventId}
     * @param value  the record value, or null for a tombstone
     */
    public Reading read(String topic, String ceType, String ceId, byte[] value) {
        try {
            return new Reading.Accepted(parse(topic, ceType, ceId, value));
        } catch (InvalidEvent e) {
            return new Reading.Rejected(e.getMessage());
        }
    }

    private ProgressEvent parse(String topic, String ceType, String ceId, byte[] value) {
        if (ceType == null) {
            throw new InvalidEvent("missing ce_type header");
        }
        if (!TYPES_BY_TOPIC.getOrDefault(topic, Set.of()).contains(ceType)) {
            throw new InvalidEvent("unsupported event type " + ceType + " on " + topic);
        }
        if (value == null) {
            throw new InvalidEvent("null value");
        }
        JsonFields payload = new JsonFields(json(value), "$");
        UUID eventId = payload.uuid("eventId");
        if (ceId != null && !ceId.equals(eventId.toString())) {
            throw new InvalidEvent("ce_id header " + ceId + " differs from $.eventId " + eventId);
        }
        payload.instant("occurredAt");
        String userId = payload.nonEmptyText("userId");
        switch (ceType) {
            case PLAN_SCHEDULED:
                return new ProgressEvent.PlanScheduled(eventId, userId, plan(payload));
            case PLAN_ENDED:
                return new ProgressEvent.PlanEnded(eventId, userId,
                        new PlanEnding(payload.uuid("planId"), payload.date("endsOn")));
            case SESSION_COMPLETED:
                return new ProgressEvent.SessionCompleted(eventId, userId, session(payload));
            case SESSION_DELETED:
                return new ProgressEvent.SessionDeleted(eventId, userId, payload.uuid("sessionId"));
            default:
                throw new InvalidEvent("unsupported event type " + ceType);
        }
    }

    private JsonNode json(byte[] value) {
        try {
            JsonNode node = mapper.readTree(value);
            if (node == null || node.isMissingNode()) {
                throw new InvalidEvent("empty value");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new InvalidEvent("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidEvent("unreadable value: " + e.getMessage());
        }
    }

    private static PlanFact plan(JsonFields payload) {
        return new PlanFact(payload.uuid("planId"), payload.uuid("routineId"),
                payload.integer("weeklyTarget", PlanFact.MIN_WEEKLY_TARGET, PlanFact.MAX_WEEKLY_TARGET),
                payload.zone("timeZone"), payload.date("startsOn"), payload.dateOrNull("endsOn"));
    }

    private static SessionFact session(JsonFields payload) {
        payload.oneOf("purpose", PURPOSES);
        payload.instant("startedAt");
        payload.integerOrNull("effort", 1, 10);
        List<ExerciseFact> exercises = payload.objects("exercises").stream().map(EventReader::exercise).toList();
        return new SessionFact(payload.uuid("sessionId"), payload.uuid("routineId"), payload.uuidOrNull("planId"),
                payload.instant("completedAt"), payload.zone("timeZone"), payload.date("localDate"),
                payload.count("durationSeconds"), exercises);
    }

    private static ExerciseFact exercise(JsonFields entry) {
        entry.slug("exerciseSlug");
        entry.oneOf("side", SIDES);
        entry.bool("completed");
        return new ExerciseFact(entry.distinctValues("targetAreas", AREAS), entry.count("setsDone"),
                entry.count("repsDone"), entry.count("holdSeconds"));
    }
}
