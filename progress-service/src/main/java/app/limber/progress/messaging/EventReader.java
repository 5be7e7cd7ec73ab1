package app.limber.progress.messaging;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.limber.progress.domain.ExerciseFact;
import app.limber.progress.domain.PauseResumption;
import app.limber.progress.domain.PlanEnding;
import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.PlanPause;
import app.limber.progress.domain.SessionFact;
import app.limber.progress.domain.SessionPrescription;
import app.limber.progress.domain.coach.CoachGrant;

/**
 * Turns one record (topic, CloudEvents headers, JSON body) into a {@link ProgressEvent}, or says why it
 * cannot be applied. It checks what the v1 schemas require of the fields it reads and of the required ones
 * it does not need (a record that breaks its contract is a producer bug to look at, not data to guess
 * about); it ignores unknown fields, so compatible additions to a v1 schema pass.
 */
public final class EventReader {

    public static final String SESSION_TOPIC = "routine.session-events";
    public static final String PLAN_TOPIC = "routine.plan-events";
    public static final String COACHING_TOPIC = "routine.coaching-events";

    static final String PLAN_SCHEDULED = "limber.plan.scheduled.v1";
    static final String PLAN_ENDED = "limber.plan.ended.v1";
    static final String PLAN_PAUSED = "limber.plan.paused.v1";
    static final String PLAN_RESUMED = "limber.plan.resumed.v1";
    static final String SESSION_COMPLETED = "limber.session.completed.v1";
    static final String SESSION_DELETED = "limber.session.deleted.v1";
    static final String COACHING_GRANTED = "limber.coaching.granted.v1";
    static final String COACHING_REVOKED = "limber.coaching.revoked.v1";

    // progress's own copy of the contracts' vocabulary (ContractVocabularyTest compares it with limber-contracts)
    static final Map<String, Set<String>> TYPES_BY_TOPIC = Map.of(
            PLAN_TOPIC, Set.of(PLAN_SCHEDULED, PLAN_ENDED, PLAN_PAUSED, PLAN_RESUMED),
            SESSION_TOPIC, Set.of(SESSION_COMPLETED, SESSION_DELETED),
            COACHING_TOPIC, Set.of(COACHING_GRANTED, COACHING_REVOKED));

    static final Set<String> PURPOSES = Set.of("warm-up", "cooldown", "strength", "recovery", "mobility");
    static final Set<String> SIDES = Set.of("both", "left", "right", "none");
    static final Set<String> REVOKED_BY = Set.of("athlete", "coach");
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
        Instant occurredAt = payload.instant("occurredAt");
        if (COACHING_TOPIC.equals(topic)) {
            return coaching(ceType, eventId, occurredAt, payload);
        }
        String userId = payload.nonEmptyText("userId");
        switch (ceType) {
            case PLAN_SCHEDULED:
                return new ProgressEvent.PlanScheduled(eventId, userId, plan(payload).scheduledAt(occurredAt),
                        payload.nonEmptyTextOrNull("assignedBy"));
            case PLAN_ENDED:
                return new ProgressEvent.PlanEnded(eventId, userId,
                        new PlanEnding(payload.uuid("planId"), payload.date("endsOn")));
            case PLAN_PAUSED:
                return new ProgressEvent.PlanPaused(eventId, userId, pause(payload), payload.nonEmptyText("pausedBy"));
            case PLAN_RESUMED:
                return new ProgressEvent.PlanResumed(eventId, userId, new PauseResumption(payload.uuid("planId"),
                        payload.uuid("pauseId"), payload.date("resumedOn")));
            case SESSION_COMPLETED:
                return new ProgressEvent.SessionCompleted(eventId, userId, session(payload));
            case SESSION_DELETED:
                return new ProgressEvent.SessionDeleted(eventId, userId, payload.uuid("sessionId"));
            default:
                throw new InvalidEvent("unsupported event type " + ceType);
        }
    }

    private static ProgressEvent coaching(String ceType, UUID eventId, Instant occurredAt, JsonFields payload) {
        String athleteId = payload.nonEmptyText("athleteId");
        String coachId = payload.nonEmptyText("coachId");
        if (COACHING_GRANTED.equals(ceType)) {
            Set<String> scopes = Set.copyOf(payload.distinctValues("scopes", CoachGrant.SCOPES));
            return new ProgressEvent.CoachingChanged(eventId, athleteId,
                    CoachGrant.granted(athleteId, coachId, scopes, occurredAt, eventId));
        }
        payload.oneOf("revokedBy", REVOKED_BY);
        return new ProgressEvent.CoachingChanged(eventId, athleteId,
                CoachGrant.revoked(athleteId, coachId, occurredAt, eventId));
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

    private static PlanPause pause(JsonFields payload) {
        UUID planId = payload.uuid("planId");
        UUID pauseId = payload.uuid("pauseId");
        LocalDate startsOn = payload.date("startsOn");
        LocalDate endsOn = payload.date("endsOn");
        if (endsOn.isBefore(startsOn) || !endsOn.isBefore(startsOn.plusDays(PlanPause.MAX_DAYS))) {
            throw new InvalidEvent("$.endsOn: must be from startsOn to " + (PlanPause.MAX_DAYS - 1) + " days after it");
        }
        return new PlanPause(planId, pauseId, startsOn, endsOn);
    }

    private static SessionFact session(JsonFields payload) {
        payload.oneOf("purpose", PURPOSES);
        payload.instant("startedAt");
        Integer effort = payload.integerOrNull("effort", 1, 10);
        List<ExerciseFact> exercises = payload.objects("exercises").stream().map(EventReader::exercise).toList();
        return new SessionFact(payload.uuid("sessionId"), payload.uuid("routineId"), payload.uuidOrNull("planId"),
                payload.instant("completedAt"), payload.zone("timeZone"), payload.date("localDate"),
                payload.count("durationSeconds"), exercises, effort, payload.optionalInteger("discomfort", 0, 10),
                prescription(payload.optionalObject("prescription")));
    }

    private static ExerciseFact exercise(JsonFields entry) {
        String slug = entry.slug("exerciseSlug");
        String side = entry.oneOf("side", SIDES);
        boolean completed = entry.bool("completed");
        return new ExerciseFact(entry.distinctValues("targetAreas", AREAS), entry.count("setsDone"),
                entry.count("repsDone"), entry.count("holdSeconds"), slug, side, completed,
                entry.optionalInteger("itemPosition", 1, Integer.MAX_VALUE));
    }

    /** The routine as prescribed, absent from records written before routine published it. */
    private static SessionPrescription prescription(JsonFields prescription) {
        if (prescription == null) {
            return null;
        }
        SessionPrescription.Range rounds = range(prescription.object("rounds"));
        List<SessionPrescription.Item> items = new ArrayList<>();
        Set<Integer> positions = new HashSet<>();
        for (JsonFields item : prescription.objects("items")) {
            int position = item.integer("position", 1, Integer.MAX_VALUE);
            if (!positions.add(position)) {
                throw new InvalidEvent("$.prescription.items: position " + position + " twice");
            }
            items.add(new SessionPrescription.Item(position, item.slug("exerciseSlug"), item.bool("perSide"),
                    optionalRange(item, "sets"), optionalRange(item, "reps"), optionalRange(item, "holdSeconds"),
                    optionalRange(item, "durationSeconds")));
        }
        return new SessionPrescription(rounds.min(), rounds.max(), items);
    }

    private static SessionPrescription.Range optionalRange(JsonFields item, String field) {
        JsonFields range = item.optionalObject(field);
        return range == null ? null : range(range);
    }

    private static SessionPrescription.Range range(JsonFields range) {
        return new SessionPrescription.Range(range.count("min"), range.count("max"));
    }
}
