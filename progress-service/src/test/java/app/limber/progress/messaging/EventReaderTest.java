package app.limber.progress.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.limber.progress.TestEvents;
import app.limber.progress.domain.ExerciseFact;
import app.limber.progress.domain.SessionPrescription;
import app.limber.testing.contracts.EventContracts;

class EventReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final EventReader reader = new EventReader(MAPPER);

    @ParameterizedTest
    @CsvSource({"limber.plan.scheduled.v1", "limber.plan.ended.v1", "limber.plan.paused.v1", "limber.plan.resumed.v1",
            "limber.session.completed.v1", "limber.session.deleted.v1", "limber.coaching.granted.v1",
            "limber.coaching.revoked.v1"})
    void acceptsEveryContractExample(String type) {
        for (String example : EventContracts.examples(type)) {
            Reading reading = read(type, example);

            ProgressEvent event = assertInstanceOf(Reading.Accepted.class, reading, example).event();
            assertEquals(TestEvents.eventId(example), event.eventId().toString());
        }
    }

    @Test
    void readsTheFieldsStatisticsNeed() {
        String json = EventContracts.examples("limber.session.completed.v1").get(0);

        ProgressEvent.SessionCompleted event = (ProgressEvent.SessionCompleted)
                ((Reading.Accepted) read("limber.session.completed.v1", json)).event();

        assertEquals("anna", event.userId());
        assertEquals(LocalDate.parse("2026-11-17"), event.session().localDate());
        assertEquals(Instant.parse("2026-11-17T06:30:55Z"), event.session().completedAt());
        assertEquals(3, event.session().exercises().size());
        assertEquals(3, event.session().exercises().get(1).setsDone());
    }

    @Test
    void readsHowASessionFeltAndWhoAssignedAPlanWhenGivenAndNullOtherwise() {
        ProgressEvent.SessionCompleted felt = (ProgressEvent.SessionCompleted) accepted("limber.session.completed.v1",
                example("limber.session.completed.v1", "recovery-with-discomfort").toString());
        ProgressEvent.SessionCompleted plain = (ProgressEvent.SessionCompleted) accepted("limber.session.completed.v1",
                example("limber.session.completed.v1", "late-cooldown-without-plan-or-effort").toString());
        ProgressEvent.PlanScheduled assigned = (ProgressEvent.PlanScheduled) accepted("limber.plan.scheduled.v1",
                example("limber.plan.scheduled.v1", "assigned-by-coach").toString());
        ProgressEvent.PlanScheduled own = (ProgressEvent.PlanScheduled) accepted("limber.plan.scheduled.v1",
                example("limber.plan.scheduled.v1", "open-ended").toString());

        assertEquals(4, felt.session().effort());
        assertEquals(3, felt.session().discomfort());
        assertNull(plain.session().effort());
        assertNull(plain.session().discomfort());
        assertEquals("auth0|6601d4b2c9e8f70013cd52ab", assigned.assignedBy());
        assertNull(own.assignedBy());
        assertEquals(LocalDate.parse("2026-11-10"), assigned.plan().scheduledOn(), "occurredAt's day in the plan's zone");
    }

    @Test
    void readsACoachingEventAsTheAthletesGrantToTheCoach() {
        ProgressEvent.CoachingChanged granted = (ProgressEvent.CoachingChanged) accepted("limber.coaching.granted.v1",
                example("limber.coaching.granted.v1", "both-scopes").toString());
        ProgressEvent.CoachingChanged revoked = (ProgressEvent.CoachingChanged) accepted("limber.coaching.revoked.v1",
                example("limber.coaching.revoked.v1", "revoked-by-athlete").toString());

        assertEquals("anna", granted.userId());
        assertEquals("auth0|6601d4b2c9e8f70013cd52ab", granted.grant().coachId());
        assertEquals(Set.of("view-progress", "assign-plans"), granted.grant().scopes());
        assertTrue(granted.grant().letsViewProgress());
        assertEquals("anna", revoked.userId());
        assertTrue(revoked.grant().revoked());
        assertFalse(revoked.grant().letsViewProgress());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "limber.session.completed.v1 | discomfort | 11           | $.discomfort: must be 0..10, was 11",
            "limber.session.completed.v1 | discomfort | \"high\"   | $.discomfort: must be an integer",
            "limber.plan.scheduled.v1    | assignedBy | \"\"       | $.assignedBy: must not be empty",
            "limber.coaching.granted.v1  | scopes     | [\"edit\"] | $.scopes[0]: must be one of [assign-plans, view-progress]",
            "limber.coaching.granted.v1  | scopes     | []           | $.scopes: must be a non-empty array",
            "limber.coaching.revoked.v1  | revokedBy  | \"admin\"  | $.revokedBy: must be one of [athlete, coach]",
            "limber.plan.paused.v1       | endsOn     | \"2027-02-24\" | $.endsOn: must be from startsOn to 89 days after it",
            "limber.plan.paused.v1       | endsOn     | \"2026-11-25\" | $.endsOn: must be from startsOn to 89 days after it",
            "limber.plan.resumed.v1      | resumedOn  | \"soon\"   | $.resumedOn: must be a date (yyyy-MM-dd)"})
    void rejectsANewFieldBreakingItsSchemaNamingTheField(String type, String field, String json, String reason)
            throws Exception {
        ObjectNode event = example(type);
        event.set(field, MAPPER.readTree(json));

        assertEquals(new Reading.Rejected(reason), read(type, event.toString()));
    }

    @Test
    void acceptsAPauseOfExactlyNinetyDays() {
        ObjectNode pause = example("limber.plan.paused.v1", "two-weeks-for-a-sprained-ankle");
        LocalDate startsOn = LocalDate.parse(pause.get("startsOn").asText());
        pause.put("endsOn", startsOn.plusDays(89).toString());

        ProgressEvent.PlanPaused read = (ProgressEvent.PlanPaused) accepted("limber.plan.paused.v1", pause.toString());

        assertEquals(startsOn.plusDays(89), read.pause().endsOn());
    }

    @Test
    void ignoresUnknownFields() {
        ObjectNode plan = example("limber.plan.scheduled.v1");
        plan.put("colour", "teal");
        plan.putObject("coach").put("name", "Kim");

        assertInstanceOf(Reading.Accepted.class, read("limber.plan.scheduled.v1", plan.toString()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "weeklyTarget | 15   | $.weeklyTarget: must be 1..14, was 15",
            "weeklyTarget | 0    | $.weeklyTarget: must be 1..14, was 0",
            "weeklyTarget | 2.5  | $.weeklyTarget: must be an integer",
            "timeZone     | +01:00 | $.timeZone: must be an IANA time zone id",
            "timeZone     | Mars/Olympus | $.timeZone: unknown time zone Mars/Olympus",
            "startsOn     | 2026-02-30 | $.startsOn: must be a date (yyyy-MM-dd)",
            "planId       | 42   | $.planId: must be a string"})
    void rejectsAPlanBreakingItsSchemaNamingTheField(String field, String value, String reason) {
        ObjectNode plan = example("limber.plan.scheduled.v1");
        plan.set(field, MAPPER.valueToTree(parse(value)));

        assertEquals(new Reading.Rejected(reason), read("limber.plan.scheduled.v1", plan.toString()));
    }

    @Test
    void readsTheSessionsPrescriptionAndTheItemOfEachEntryWhenGivenAndNothingOtherwise() {
        ProgressEvent.SessionCompleted prescribed = (ProgressEvent.SessionCompleted) accepted("limber.session.completed.v1",
                example("limber.session.completed.v1", "warm-up-against-its-prescription").toString());
        SessionPrescription prescription = prescribed.session().prescription();
        assertEquals(1, prescription.roundsMin());
        assertEquals(new SessionPrescription.Item(3, "glute-bridge", false, new SessionPrescription.Range(2, 3),
                new SessionPrescription.Range(10, 12), new SessionPrescription.Range(3, 5), null),
                prescription.items().get(2));
        assertEquals(List.of(1, 1, 2), prescribed.session().exercises().stream().map(ExerciseFact::itemPosition).toList());
        assertEquals(List.of("left", "right", "both"), prescribed.session().exercises().stream().map(ExerciseFact::side).toList());
        assertEquals(false, prescribed.session().exercises().get(2).completed());

        ProgressEvent.SessionCompleted old = (ProgressEvent.SessionCompleted) accepted("limber.session.completed.v1",
                example("limber.session.completed.v1", "recovery-with-discomfort").toString());
        assertNull(old.session().prescription());
        assertNull(old.session().exercises().get(0).itemPosition());
        assertEquals("clamshells", old.session().exercises().get(0).exerciseSlug());
    }

    @Test
    void rejectsAPrescriptionNamingAPositionTwiceOrWithoutRounds() {
        ObjectNode twice = example("limber.session.completed.v1", "warm-up-against-its-prescription");
        ((ObjectNode) twice.at("/prescription/items/1")).put("position", 1);
        assertEquals(new Reading.Rejected("$.prescription.items: position 1 twice"),
                read("limber.session.completed.v1", twice.toString()));
        ObjectNode noRounds = example("limber.session.completed.v1", "warm-up-against-its-prescription");
        ((ObjectNode) noRounds.get("prescription")).remove("rounds");
        assertEquals(new Reading.Rejected("$.prescription.rounds: is required"),
                read("limber.session.completed.v1", noRounds.toString()));
    }

    @Test
    void rejectsASessionWithEffortOutOfRangeOrAnUnknownArea() {
        ObjectNode session = example("limber.session.completed.v1");
        session.put("effort", 11);
        assertEquals(new Reading.Rejected("$.effort: must be 1..10, was 11"),
                read("limber.session.completed.v1", session.toString()));

        session = example("limber.session.completed.v1");
        ((ObjectNode) session.get("exercises").get(0)).putArray("targetAreas").add("elbows");
        assertEquals("$.exercises[0].targetAreas[0]", ((Reading.Rejected) read("limber.session.completed.v1",
                session.toString())).reason().split(":")[0]);
    }

    @Test
    void rejectsWhatIsNotAnEventOfAKnownType() {
        String json = EventContracts.examples("limber.session.deleted.v1").get(0);
        ObjectNode withoutId = example("limber.session.deleted.v1");
        withoutId.remove("eventId");

        assertEquals(new Reading.Rejected("null value"), reader.read(EventReader.SESSION_TOPIC,
                "limber.session.deleted.v1", null, null));
        assertEquals(new Reading.Rejected("missing ce_type header"), reader.read(EventReader.SESSION_TOPIC, null, null,
                bytes(json)));
        assertEquals(new Reading.Rejected("unsupported event type limber.session.deleted.v2 on routine.session-events"),
                read("limber.session.deleted.v2", json));
        assertEquals(new Reading.Rejected("unsupported event type limber.session.deleted.v1 on routine.plan-events"),
                reader.read(EventReader.PLAN_TOPIC, "limber.session.deleted.v1", null, bytes(json)));
        assertEquals(new Reading.Rejected("$.eventId: is required"), read("limber.session.deleted.v1", withoutId.toString()));
        assertInstanceOf(Reading.Rejected.class, read("limber.session.deleted.v1", "{not json"));
        assertInstanceOf(Reading.Rejected.class, read("limber.session.deleted.v1", "[1, 2]"));
    }

    @Test
    void rejectsACloudEventIdThatIsNotTheEventId() {
        String json = EventContracts.examples("limber.session.deleted.v1").get(0);

        Reading reading = reader.read(EventReader.SESSION_TOPIC, "limber.session.deleted.v1",
                UUID.randomUUID().toString(), bytes(json));

        assertInstanceOf(Reading.Rejected.class, reading);
    }

    private Reading read(String type, String json) {
        String topic = type.startsWith("limber.plan") ? EventReader.PLAN_TOPIC
                : type.startsWith("limber.coaching") ? EventReader.COACHING_TOPIC : EventReader.SESSION_TOPIC;
        return reader.read(topic, type, null, bytes(json));
    }

    private ProgressEvent accepted(String type, String json) {
        return assertInstanceOf(Reading.Accepted.class, read(type, json), json).event();
    }

    private static ObjectNode example(String type) {
        try {
            return (ObjectNode) MAPPER.readTree(EventContracts.examples(type).get(0));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The example of {@code type} whose file is {@code name}.json. */
    private static ObjectNode example(String type, String name) {
        String path = "limber/contracts/examples/" + type + "/" + name + ".json";
        try (var in = EventReaderTest.class.getClassLoader().getResourceAsStream(path)) {
            return (ObjectNode) MAPPER.readTree(in);
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }

    private static Object parse(String value) {
        try {
            return MAPPER.readValue(value, Object.class);
        } catch (Exception e) {
            return value;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
