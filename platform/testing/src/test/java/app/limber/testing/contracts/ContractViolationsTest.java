package app.limber.testing.contracts;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Payloads that break the contract are rejected, with a message that names the offending field. */
class ContractViolationsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String UPSERTED = "limber.exercise.upserted.v1";
    private static final String SCHEDULED = "limber.plan.scheduled.v1";
    private static final String ENDED = "limber.plan.ended.v1";
    private static final String COMPLETED = "limber.session.completed.v1";
    private static final String DELETED = "limber.session.deleted.v1";
    private static final String WEEK_MET = "limber.milestone.week-target-met.v1";
    private static final String STREAK = "limber.milestone.streak-reached.v1";
    private static final String REVOKED = "limber.milestone.revoked.v1";
    private static final String PAUSED = "limber.plan.paused.v1";
    private static final String RESUMED = "limber.plan.resumed.v1";
    private static final String GRANTED = "limber.coaching.granted.v1";
    private static final String COACHING_REVOKED = "limber.coaching.revoked.v1";

    @Test
    void everyEventNeedsAnEventId() {
        for (String type : EventContracts.types()) {
            assertRejected(type, without(example(type), "/eventId"), "$: required property 'eventId' not found");
        }
    }

    @Test
    void eventIdMustBeAUuid() {
        assertRejected(DELETED, with(example(DELETED), "/eventId", "evt-42"), "$.eventId");
    }

    @Test
    void occurredAtMustBeAnInstant() {
        assertRejected(ENDED, with(example(ENDED), "/occurredAt", "2026-12-20 18:30"), "$.occurredAt");
    }

    @Test
    void weeklyTargetIsBetweenOneAndFourteen() {
        assertRejected(SCHEDULED, with(example(SCHEDULED), "/weeklyTarget", 15), "$.weeklyTarget");
        assertRejected(SCHEDULED, with(example(SCHEDULED), "/weeklyTarget", 0), "$.weeklyTarget");
    }

    @Test
    void effortIsBetweenOneAndTenWhenGiven() {
        assertRejected(COMPLETED, with(example(COMPLETED), "/effort", 0), "$.effort");
        assertRejected(COMPLETED, with(example(COMPLETED), "/effort", 11), "$.effort");
    }

    @Test
    void targetAreasComeFromTheVocabulary() {
        assertRejected(UPSERTED, with(example(UPSERTED), "/exercise/targetAreas", List.of("glutes", "toes")),
                "$.exercise.targetAreas[1]");
        assertRejected(COMPLETED, with(example(COMPLETED), "/exercises/0/targetAreas", List.of("biceps")),
                "$.exercises[0].targetAreas[0]");
    }

    @Test
    void otherVocabularyIsControlledToo() {
        assertRejected(UPSERTED, with(example(UPSERTED), "/exercise/category", "cardio"), "$.exercise.category");
        assertRejected(UPSERTED, with(example(UPSERTED), "/exercise/equipment", List.of("kettlebell")),
                "$.exercise.equipment[0]");
        assertRejected(UPSERTED, with(example(UPSERTED), "/exercise/position", "upside-down"), "$.exercise.position");
        assertRejected(COMPLETED, with(example(COMPLETED), "/purpose", "fun"), "$.purpose");
    }

    @Test
    void sideIsBothLeftRightOrNone() {
        assertRejected(COMPLETED, with(example(COMPLETED), "/exercises/1/side", "middle"), "$.exercises[1].side");
    }

    @Test
    void datesAreRealCalendarDates() {
        assertRejected(SCHEDULED, with(example(SCHEDULED), "/startsOn", "2026-02-30"), "$.startsOn");
        assertRejected(SCHEDULED, with(example(SCHEDULED), "/endsOn", "17.01.2027"), "$.endsOn");
        assertRejected(COMPLETED, with(example(COMPLETED), "/localDate", "2026-11-17T06:30:55Z"), "$.localDate");
    }

    @Test
    void timeZoneIsAnIanaZoneIdNotAnOffset() {
        assertRejected(SCHEDULED, with(example(SCHEDULED), "/timeZone", "+01:00"), "$.timeZone");
        assertRejected(SCHEDULED, with(example(SCHEDULED), "/timeZone", ""), "$.timeZone");
    }

    @Test
    void planIdIsAUuidOrNull() {
        assertRejected(COMPLETED, with(example(COMPLETED), "/planId", "my-plan"), "$.planId");
        assertRejected(COMPLETED, without(example(COMPLETED), "/planId"), "required property 'planId'");
    }

    @Test
    void userIdIsANonEmptyString() {
        assertRejected(DELETED, with(example(DELETED), "/userId", ""), "$.userId");
        assertRejected(DELETED, with(example(DELETED), "/userId", 42), "$.userId");
    }

    @Test
    void prescriptionRangesAreClosedNonNegativeIntegerRanges() {
        assertRejected(UPSERTED, with(example(UPSERTED), "/exercise/prescription/reps/min", -1),
                "$.exercise.prescription.reps.min");
        assertRejected(UPSERTED, without(example(UPSERTED), "/exercise/prescription/sets/max"),
                "$.exercise.prescription.sets: required property 'max'");
        assertRejected(UPSERTED, with(example(UPSERTED), "/exercise/prescription/holdSeconds", null),
                "$.exercise.prescription.holdSeconds");
    }

    @Test
    void aCompletedSessionListsWhatWasDone() {
        assertRejected(COMPLETED, with(example(COMPLETED), "/exercises", List.of()), "$.exercises");
        assertRejected(COMPLETED, without(example(COMPLETED), "/exercises/0/setsDone"),
                "$.exercises[0]: required property 'setsDone'");
    }

    @Test
    void milestoneWeeksAreIsoWeeks() {
        assertRejected(WEEK_MET, with(example(WEEK_MET), "/week", "2026-48"), "$.week");
        assertRejected(WEEK_MET, with(example(WEEK_MET), "/week", "2026-W54"), "$.week");
    }

    @Test
    void aStreakLengthIsAMilestoneOfItsKind() {
        assertRejected(STREAK, with(example(STREAK), "/length", 4), "$.length");
        assertRejected(STREAK, with(example(STREAK), "/kind", "weekly"), "required property 'week'");
        assertRejected(STREAK, with(example(STREAK), "/kind", "monthly"), "$.kind");
    }

    @Test
    void aRevocationNamesAKnownReasonAndACelebration() {
        assertRejected(REVOKED, with(example(REVOKED), "/reason", "changed-my-mind"), "$.reason");
        assertRejected(REVOKED, with(example(REVOKED), "/revokedType", "limber.milestone.inactive.v1"), "$.revokedType");
    }

    @Test
    void discomfortIsAWholeNumberFromZeroToTenWhenGiven() {
        assertRejected(COMPLETED, with(example(COMPLETED), "/discomfort", -1), "$.discomfort");
        assertRejected(COMPLETED, with(example(COMPLETED), "/discomfort", 11), "$.discomfort");
        assertRejected(COMPLETED, with(example(COMPLETED), "/discomfort", 2.5), "$.discomfort");
        assertRejected(COMPLETED, with(example(COMPLETED), "/discomfort", null), "$.discomfort");
    }

    @Test
    void aGrantNamesOneOrBothKnownScopesOnce() {
        assertRejected(GRANTED, with(example(GRANTED), "/scopes", List.of()), "$.scopes");
        assertRejected(GRANTED, with(example(GRANTED), "/scopes", List.of("view-progress", "view-progress")), "$.scopes");
        assertRejected(GRANTED, with(example(GRANTED), "/scopes", List.of("edit-profile")), "$.scopes[0]");
        assertRejected(GRANTED, without(example(GRANTED), "/coachId"), "required property 'coachId'");
    }

    @Test
    void aRevocationSaysWhichSideEndedIt() {
        assertRejected(COACHING_REVOKED, with(example(COACHING_REVOKED), "/revokedBy", "admin"), "$.revokedBy");
        assertRejected(COACHING_REVOKED, without(example(COACHING_REVOKED), "/revokedBy"), "required property 'revokedBy'");
    }

    @Test
    void pausesAndResumptionsNameTheirPauseAndRealDates() {
        assertRejected(PAUSED, with(example(PAUSED), "/pauseId", "pause-1"), "$.pauseId");
        assertRejected(PAUSED, with(example(PAUSED), "/endsOn", "2026-13-01"), "$.endsOn");
        assertRejected(PAUSED, without(example(PAUSED), "/pausedBy"), "required property 'pausedBy'");
        assertRejected(RESUMED, without(example(RESUMED), "/pauseId"), "required property 'pauseId'");
        assertRejected(RESUMED, with(example(RESUMED), "/resumedOn", "tomorrow"), "$.resumedOn");
    }

    private static void assertRejected(String type, String json, String expectedMessagePart) {
        List<String> violations = EventContracts.validate(type, json);
        assertTrue(violations.stream().anyMatch(message -> message.contains(expectedMessagePart)),
                () -> type + ": expected a violation mentioning " + expectedMessagePart + " but got " + violations);
    }

    private static String example(String type) {
        return EventContracts.examples(type).get(0);
    }

    private static String with(String json, String pointer, Object value) {
        return edit(json, pointer, (parent, field) -> parent.set(field, MAPPER.valueToTree(value)));
    }

    private static String without(String json, String pointer) {
        return edit(json, pointer, ObjectNode::remove);
    }

    private interface FieldEdit {
        void apply(ObjectNode parent, String field);
    }

    private static String edit(String json, String pointer, FieldEdit edit) {
        try {
            JsonNode root = MAPPER.readTree(json);
            JsonPointer path = JsonPointer.compile(pointer);
            JsonNode parent = root.at(path.head());
            if (!(parent instanceof ObjectNode object)) {
                throw new IllegalArgumentException(pointer + " does not name a field of an object");
            }
            edit.apply(object, path.last().getMatchingProperty());
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
