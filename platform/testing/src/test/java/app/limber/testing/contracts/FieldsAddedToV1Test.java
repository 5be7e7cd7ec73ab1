package app.limber.testing.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fields added to a v1 schema after records of it were written ({@code assignedBy} of plan.scheduled,
 * {@code discomfort}, {@code prescription} and each exercise's {@code itemPosition} of session.completed) are optional: the records already on the never-truncated
 * routine topics stay valid, written exactly as routine wrote them before the field existed.
 */
class FieldsAddedToV1Test {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A plan.scheduled record as routine wrote it before coaching: no assignedBy. */
    private static final String PLAN_SCHEDULED_BEFORE_COACHING = """
            {"eventId":"0f3b6e2a-9c41-4d7e-8a15-c2d9e7b4f601","occurredAt":"2026-10-05T06:12:44.318Z",
             "userId":"anna","planId":"3a8c1f5e-7b92-4d60-a4e3-9f2b6c1d8e07",
             "routineId":"e3a6f0d4-8b21-4c57-a9e2-6d4b1f8c0a95","weeklyTarget":3,"timeZone":"Europe/Berlin",
             "startsOn":"2026-10-05","endsOn":null}""";

    /** A session.completed record as routine wrote it before discomfort: no discomfort. */
    private static final String SESSION_COMPLETED_BEFORE_DISCOMFORT = """
            {"eventId":"7c2e9a14-5b3d-4f80-9e6a-1d8c4b7f2a93","occurredAt":"2026-10-06T06:31:02.114Z",
             "userId":"anna","sessionId":"d41b8e7c-2a6f-4935-b0c8-5e1f9a3d7c26",
             "routineId":"e3a6f0d4-8b21-4c57-a9e2-6d4b1f8c0a95","planId":"3a8c1f5e-7b92-4d60-a4e3-9f2b6c1d8e07",
             "purpose":"warm-up","startedAt":"2026-10-06T06:18:40Z","completedAt":"2026-10-06T06:30:55Z",
             "timeZone":"Europe/Berlin","localDate":"2026-10-06","durationSeconds":735,
             "exercises":[{"exerciseSlug":"leg-swings","targetAreas":["hip-flexors","hamstrings","hips"],"side":"both",
                           "setsDone":1,"repsDone":12,"holdSeconds":0,"completed":true}],
             "effort":6}""";

    @Test
    void aPlanScheduledRecordWrittenBeforeCoachingStillValidates() {
        assertEquals(List.of(), EventContracts.validate("limber.plan.scheduled.v1", PLAN_SCHEDULED_BEFORE_COACHING));
    }

    @Test
    void aSessionCompletedRecordWrittenBeforeDiscomfortStillValidates() {
        assertEquals(List.of(), EventContracts.validate("limber.session.completed.v1", SESSION_COMPLETED_BEFORE_DISCOMFORT));
    }

    @Test
    void examplesShowBothTheOldShapeAndTheNewField() throws Exception {
        assertShowsBothShapes("limber.plan.scheduled.v1", "assignedBy");
        assertShowsBothShapes("limber.session.completed.v1", "discomfort");
        assertShowsBothShapes("limber.session.completed.v1", "prescription");
    }

    @Test
    void aSessionCompletedRecordWrittenBeforePrescriptionsStillValidates() throws Exception {
        String prescribed = exampleWith("limber.session.completed.v1", "prescription");
        ObjectNode old = (ObjectNode) parse(without(prescribed, "prescription"));
        old.get("exercises").forEach(exercise -> ((ObjectNode) exercise).remove("itemPosition"));
        assertEquals(List.of(), EventContracts.validate("limber.session.completed.v1", MAPPER.writeValueAsString(old)));
    }

    @Test
    void aPrescriptionIsCheckedWhenPresent() throws Exception {
        String prescribed = exampleWith("limber.session.completed.v1", "prescription");
        ObjectNode noRounds = (ObjectNode) parse(prescribed);
        ((ObjectNode) noRounds.get("prescription")).remove("rounds");
        assertFalse(EventContracts.validate("limber.session.completed.v1", MAPPER.writeValueAsString(noRounds)).isEmpty(),
                "a prescription says how many rounds");
        ObjectNode positionZero = (ObjectNode) parse(prescribed);
        ((ObjectNode) positionZero.get("exercises").get(0)).put("itemPosition", 0);
        assertFalse(EventContracts.validate("limber.session.completed.v1", MAPPER.writeValueAsString(positionZero)).isEmpty(),
                "positions start at 1");
        ObjectNode badRange = (ObjectNode) parse(prescribed);
        ((ObjectNode) badRange.at("/prescription/items/0")).putObject("reps").put("min", 10);
        assertFalse(EventContracts.validate("limber.session.completed.v1", MAPPER.writeValueAsString(badRange)).isEmpty(),
                "a range has both ends");
    }

    @Test
    void theNewFieldsAreOptionalButCheckedWhenPresent() throws Exception {
        String assigned = exampleWith("limber.plan.scheduled.v1", "assignedBy");
        assertEquals(List.of(), EventContracts.validate("limber.plan.scheduled.v1", without(assigned, "assignedBy")));
        assertFalse(EventContracts.validate("limber.plan.scheduled.v1", with(assigned, "assignedBy", "")).isEmpty(),
                "a coach is named by a non-empty user id");

        String hurting = exampleWith("limber.session.completed.v1", "discomfort");
        assertEquals(List.of(), EventContracts.validate("limber.session.completed.v1", without(hurting, "discomfort")));
        assertEquals(List.of(), EventContracts.validate("limber.session.completed.v1", with(hurting, "discomfort", 0)),
                "0 means no pain at all, which is worth recording");
        assertEquals(List.of(), EventContracts.validate("limber.session.completed.v1", with(hurting, "discomfort", 10)));
    }

    private static void assertShowsBothShapes(String type, String field) throws Exception {
        List<JsonNode> examples = EventContracts.examples(type).stream().map(FieldsAddedToV1Test::parse).toList();
        assertTrue(examples.stream().anyMatch(example -> !example.has(field)), type + ": an example without " + field);
        assertTrue(examples.stream().anyMatch(example -> example.has(field)), type + ": an example with " + field);
    }

    private static String exampleWith(String type, String field) {
        return EventContracts.examples(type).stream().filter(json -> parse(json).has(field)).findFirst()
                .orElseThrow(() -> new AssertionError(type + " has no example with " + field));
    }

    private static String without(String json, String field) throws Exception {
        ObjectNode node = (ObjectNode) parse(json);
        node.remove(field);
        return MAPPER.writeValueAsString(node);
    }

    private static String with(String json, String field, Object value) throws Exception {
        ObjectNode node = (ObjectNode) parse(json);
        node.set(field, MAPPER.valueToTree(value));
        return MAPPER.writeValueAsString(node);
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
