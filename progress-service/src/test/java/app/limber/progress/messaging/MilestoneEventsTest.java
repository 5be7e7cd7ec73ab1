package app.limber.progress.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import app.limber.progress.domain.milestone.MilestoneType;
import app.limber.testing.contracts.EventContracts;

/**
 * A milestone's row keeps its details alone; the event published from it is the common fields, then those details,
 * and holds to its contract.
 */
class MilestoneEventsTest {

    /** As the service's mapper writes: instants as ISO text. */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final MilestoneEvents events = new MilestoneEvents(JSON);

    @Test
    void thePayloadIsTheCommonFieldsThenTheDetails() throws Exception {
        UUID id = UUID.fromString("0d8f6a55-3f41-5a0e-9c55-6a1f0a4c2b11");
        UUID plan = UUID.fromString("6c1b2a9e-57d4-4f0b-8d7e-3a7c9e2f1b44");
        String details = "{\"planId\":\"" + plan + "\",\"week\":\"2026-W45\",\"done\":3,\"target\":3}";

        String payload = events.payload(id, "ana", Instant.parse("2026-11-08T19:00:00Z"), details);

        JsonNode event = JSON.readTree(payload);
        List<String> names = new ArrayList<>();
        event.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("eventId", "occurredAt", "userId", "milestoneId", "planId", "week", "done", "target"),
                names, payload);
        assertEquals(id.toString(), event.path("milestoneId").asText());
        assertEquals("2026-11-08T19:00:00Z", event.path("occurredAt").asText());
        EventContracts.assertValid(MilestoneType.WEEK_TARGET_MET.eventType(), payload);
    }

    @Test
    void detailsWithNoFieldsLeaveTheCommonOnes() throws Exception {
        JsonNode event = JSON.readTree(events.payload(UUID.randomUUID(), "ana", Instant.EPOCH, "{}"));

        assertEquals(4, event.size(), event.toString());
    }
}
