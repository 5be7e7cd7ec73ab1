package app.limber.progress.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.limber.progress.TestEvents;
import app.limber.testing.contracts.EventContracts;

class EventReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final EventReader reader = new EventReader(MAPPER);

    @ParameterizedTest
    @CsvSource({"limber.plan.scheduled.v1", "limber.plan.ended.v1", "limber.session.completed.v1",
            "limber.session.deleted.v1"})
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
        String topic = type.startsWith("limber.plan") ? EventReader.PLAN_TOPIC : EventReader.SESSION_TOPIC;
        return reader.read(topic, type, null, bytes(json));
    }

    private static ObjectNode example(String type) {
        try {
            return (ObjectNode) MAPPER.readTree(EventContracts.examples(type).get(0));
        } catch (Exception e) {
            throw new IllegalStateException(e);
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
