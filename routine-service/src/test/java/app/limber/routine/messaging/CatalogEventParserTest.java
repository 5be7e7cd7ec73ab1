package app.limber.routine.messaging;

import app.limber.testing.contracts.EventContracts;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the read model accepts from catalog.exercise-events, and what it dead-letters, without a broker. */
class CatalogEventParserTest {

    private final CatalogEventParser parser = new CatalogEventParser(
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false));

    private static ConsumerRecord<String, String> record(String type, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("catalog.exercise-events", 0, 0L, "k", value);
        if (type != null) {
            record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    @Test
    void readsEveryContractExample() {
        for (String json : EventContracts.examples(CatalogEventParser.UPSERTED)) {
            CatalogEvent event = parser.parse(record(CatalogEventParser.UPSERTED, json));
            assertInstanceOf(CatalogEvent.Upserted.class, event);
            assertEquals(EventContracts.key(CatalogEventParser.UPSERTED, json), event.slug());
        }
        CatalogEvent retired = parser.parse(record(CatalogEventParser.RETIRED,
                EventContracts.examples(CatalogEventParser.RETIRED).get(0)));
        assertEquals(new CatalogEvent.Retired(retired.eventId(), "sumo-squat", 3), retired);
    }

    @Test
    void ignoresFieldsItDoesNotKnow() {
        String json = EventContracts.examples(CatalogEventParser.UPSERTED).get(0)
                .replace("\"exercise\": {", "\"exercise\": {\"difficulty\": \"easy\", \"videos\": [1, 2],");
        CatalogEvent.Upserted event = (CatalogEvent.Upserted) parser.parse(record(CatalogEventParser.UPSERTED, json));
        assertEquals("Clamshells", event.exercise().name());
        assertEquals(15, event.exercise().prescription().reps().max());
    }

    @Test
    void aRecordWithoutValueIsACompactionTombstoneWithNothingToApply() {
        assertNull(parser.parse(record(CatalogEventParser.UPSERTED, null)));
    }

    @Test
    void poisonSaysWhy() {
        String good = EventContracts.examples(CatalogEventParser.UPSERTED).get(0);
        assertReason("missing ce_type header", record(null, good));
        assertReason("unknown event type limber.exercise.renamed.v1", record("limber.exercise.renamed.v1", good));
        assertReason("value is not valid JSON", record(CatalogEventParser.UPSERTED, "{\"eventId\":"));
        assertReason("value is not a JSON object", record(CatalogEventParser.UPSERTED, "[1]"));
        assertReason("missing eventId", record(CatalogEventParser.UPSERTED, good.replaceFirst("\"eventId\": \"[^\"]+\",", "")));
        assertReason("eventId is not a UUID: 42", record(CatalogEventParser.UPSERTED,
                good.replaceFirst("\"eventId\": \"[^\"]+\"", "\"eventId\": \"42\"")));
        assertReason("missing exercise.name", record(CatalogEventParser.UPSERTED, good.replace("\"name\": \"Clamshells\",", "")));
        assertReason("missing exercise.targetAreas", record(CatalogEventParser.UPSERTED,
                good.replace("\"targetAreas\": [\"glutes\", \"abductors\", \"hips\"]", "\"targetAreas\": []")));
        assertReason("missing or negative version", record(CatalogEventParser.RETIRED,
                "{\"eventId\":\"d2b95c17-4e8a-4b3f-a6c0-7f91e3d5b248\",\"slug\":\"x\",\"version\":-1}"));
    }

    private void assertReason(String reason, ConsumerRecord<String, String> record) {
        assertEquals(reason, assertThrows(PoisonRecordException.class, () -> parser.parse(record)).getMessage());
    }
}
