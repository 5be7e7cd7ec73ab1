package app.limber.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.limber.platform.privacy.DataKey;
import app.limber.platform.privacy.SealedEvent;
import app.limber.platform.privacy.UserKeyRecord;
import app.limber.testing.KafkaTopicProbe;
import app.limber.testing.TestMasterKey;
import app.limber.testing.contracts.EventContracts;

/**
 * Builds contract-valid event payloads (checked against the schemas) and publishes them as routine-service
 * does: CloudEvents binary mode, key = user id.
 */
public final class TestEvents {

    public static final String PLAN_SCHEDULED = "limber.plan.scheduled.v1";
    public static final String PLAN_ENDED = "limber.plan.ended.v1";
    public static final String SESSION_COMPLETED = "limber.session.completed.v1";
    public static final String SESSION_DELETED = "limber.session.deleted.v1";
    public static final String PLAN_PAUSED = "limber.plan.paused.v1";
    public static final String PLAN_RESUMED = "limber.plan.resumed.v1";
    public static final String COACHING_GRANTED = "limber.coaching.granted.v1";
    public static final String COACHING_REVOKED = "limber.coaching.revoked.v1";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AtomicLong LAST_COACHING_MICROS = new AtomicLong();

    private TestEvents() {
    }

    /** A user id no other test uses. */
    public static String user(String name) {
        return name + "-" + UUID.randomUUID();
    }

    /**
     * A plan scheduled when it starts (at the start of its first day, or now if that is later): tests whose clock stands
     * in the past must not receive a plan from their future.
     */
    public static String planScheduled(String userId, UUID planId, UUID routineId, int weeklyTarget, String zone,
                                       LocalDate startsOn, LocalDate endsOn) {
        Instant start = startsOn.atStartOfDay(ZoneId.of(zone)).toInstant();
        Instant now = Instant.now();
        return planScheduled(userId, planId, routineId, weeklyTarget, zone, startsOn, endsOn,
                start.isBefore(now) ? start : now);
    }

    /** A plan scheduled at {@code occurredAt}. */
    public static String planScheduled(String userId, UUID planId, UUID routineId, int weeklyTarget, String zone,
                                       LocalDate startsOn, LocalDate endsOn, Instant occurredAt) {
        ObjectNode event = envelope(userId);
        event.put("occurredAt", occurredAt.toString());
        event.put("planId", planId.toString());
        event.put("routineId", routineId.toString());
        event.put("weeklyTarget", weeklyTarget);
        event.put("timeZone", zone);
        event.put("startsOn", startsOn.toString());
        event.put("endsOn", endsOn == null ? null : endsOn.toString());
        return valid(PLAN_SCHEDULED, event);
    }

    public static String planEnded(String userId, UUID planId, LocalDate endsOn) {
        ObjectNode event = envelope(userId);
        event.put("planId", planId.toString());
        event.put("endsOn", endsOn.toString());
        return valid(PLAN_ENDED, event);
    }

    /** A 30-minute session of clamshells (glutes, abductors, hips: 3 × 15) completed at {@code completedAt}. */
    public static String sessionCompleted(String userId, UUID sessionId, UUID routineId, UUID planId, Instant completedAt,
                                          String zone) {
        return sessionCompleted(userId, sessionId, routineId, planId, completedAt, zone, 6, null);
    }

    /** The same session with the given effort and discomfort (discomfort absent when null). */
    public static String sessionCompleted(String userId, UUID sessionId, UUID routineId, UUID planId, Instant completedAt,
                                          String zone, int effort, Integer discomfort) {
        ObjectNode event = envelope(userId);
        event.put("sessionId", sessionId.toString());
        event.put("routineId", routineId.toString());
        event.put("planId", planId == null ? null : planId.toString());
        event.put("purpose", "strength");
        event.put("startedAt", completedAt.minusSeconds(1800).toString());
        event.put("completedAt", completedAt.toString());
        event.put("timeZone", zone);
        event.put("localDate", completedAt.atZone(ZoneId.of(zone)).toLocalDate().toString());
        event.put("durationSeconds", 1800);
        ArrayNode exercises = event.putArray("exercises");
        ObjectNode clamshells = exercises.addObject();
        clamshells.put("exerciseSlug", "clamshells");
        ArrayNode areas = clamshells.putArray("targetAreas");
        List.of("glutes", "abductors", "hips").forEach(areas::add);
        clamshells.put("side", "both");
        clamshells.put("setsDone", 3);
        clamshells.put("repsDone", 15);
        clamshells.put("holdSeconds", 0);
        clamshells.put("completed", true);
        event.put("effort", effort);
        if (discomfort != null) {
            event.put("discomfort", discomfort);
        }
        return valid(SESSION_COMPLETED, event);
    }

    public static String planPaused(String userId, UUID planId, UUID pauseId, LocalDate startsOn, LocalDate endsOn) {
        ObjectNode event = envelope(userId);
        event.put("planId", planId.toString());
        event.put("pauseId", pauseId.toString());
        event.put("startsOn", startsOn.toString());
        event.put("endsOn", endsOn.toString());
        event.put("pausedBy", userId);
        return valid(PLAN_PAUSED, event);
    }

    public static String planResumed(String userId, UUID planId, UUID pauseId, LocalDate resumedOn) {
        ObjectNode event = envelope(userId);
        event.put("planId", planId.toString());
        event.put("pauseId", pauseId.toString());
        event.put("resumedOn", resumedOn.toString());
        return valid(PLAN_RESUMED, event);
    }

    public static String coachingGranted(String athleteId, String coachId, String... scopes) {
        ObjectNode event = coachingEnvelope(athleteId, coachId);
        ArrayNode granted = event.putArray("scopes");
        List.of(scopes).forEach(granted::add);
        return valid(COACHING_GRANTED, event);
    }

    public static String coachingRevoked(String athleteId, String coachId) {
        ObjectNode event = coachingEnvelope(athleteId, coachId);
        event.put("revokedBy", "athlete");
        return valid(COACHING_REVOKED, event);
    }

    public static String sessionDeleted(String userId, UUID sessionId) {
        ObjectNode event = envelope(userId);
        event.put("sessionId", sessionId.toString());
        return valid(SESSION_DELETED, event);
    }

    /** Sends the payload to its topic, keyed by user, with the CloudEvents headers. */
    public static void publish(String ceType, String json) {
        KafkaTopicProbe.send(EventContracts.topic(ceType), EventContracts.key(ceType, json), json, headers(ceType, json));
    }

    /**
     * Sends the payload as routine does once it seals: sealed with {@code key}, keyed by the key's alias (issue the
     * key first with {@link #issueKey()}).
     */
    public static void publishSealed(String ceType, String json, IssuedKey key) {
        KafkaTopicProbe.send(EventContracts.topic(ceType), key.alias(),
                SealedEvent.seal(key.key(), key.alias(), eventId(json), ceType, json), headers(ceType, json));
    }

    /** A user's data key and alias, as routine issues them on routine.user-keys. */
    public record IssuedKey(String alias, DataKey key) {
    }

    /** Publishes a new user's key, wrapped with the test master key, as routine does before their first event. */
    public static IssuedKey issueKey() {
        String alias = UUID.randomUUID().toString();
        DataKey key = DataKey.random();
        UserKeyRecord record = new UserKeyRecord(UUID.randomUUID(), Instant.now(), alias,
                TestMasterKey.masterKey().wrap(key, alias));
        KafkaTopicProbe.send(UserKeyRecord.TOPIC, alias, record.toJson(), Map.of("ce_id", record.eventId().toString(),
                "ce_type", UserKeyRecord.TYPE, "ce_source", "/routine-service", "ce_specversion", "1.0"));
        return new IssuedKey(alias, key);
    }

    /** The key's tombstone, as routine writes it when it erases the user. */
    public static void shred(IssuedKey key) {
        KafkaTopicProbe.send(UserKeyRecord.TOPIC, key.alias(), null, Map.of("ce_id", UUID.randomUUID().toString(),
                "ce_type", UserKeyRecord.TYPE, "ce_source", "/routine-service", "ce_specversion", "1.0"));
    }

    public static Map<String, String> headers(String ceType, String json) {
        return Map.of("ce_id", eventId(json), "ce_type", ceType, "ce_source", "/routine-service",
                "ce_specversion", "1.0", "ce_time", Instant.now().toString());
    }

    public static String eventId(String json) {
        try {
            return MAPPER.readTree(json).get("eventId").asText();
        } catch (Exception e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static ObjectNode envelope(String userId) {
        ObjectNode event = MAPPER.createObjectNode();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("occurredAt", Instant.now().toString());
        event.put("userId", userId);
        return event;
    }

    /**
     * Coaching events of one pair are ordered by occurredAt; a test's events follow each other by at least a
     * microsecond, so that the one published later is the later one.
     */
    private static ObjectNode coachingEnvelope(String athleteId, String coachId) {
        ObjectNode event = MAPPER.createObjectNode();
        event.put("eventId", UUID.randomUUID().toString());
        long micros = LAST_COACHING_MICROS.updateAndGet(last -> Math.max(last + 1,
                ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now())));
        event.put("occurredAt", Instant.EPOCH.plus(micros, ChronoUnit.MICROS).toString());
        event.put("athleteId", athleteId);
        event.put("coachId", coachId);
        return event;
    }

    private static String valid(String ceType, ObjectNode event) {
        String json = event.toString();
        EventContracts.assertValid(ceType, json);
        return json;
    }
}
