package app.limber.platform.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StrictJsonTest {

    record Plan(int weeklyTarget, String timeZone, Boolean perSide) {
    }

    record Stamp(Instant at) {
    }

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        new StrictJson().customize(mapper);
        return mapper;
    }

    @Test
    void aWellTypedBodyReads() throws Exception {
        assertEquals(new Plan(3, "Europe/Berlin", true),
                mapper.readValue("{\"weeklyTarget\": 3, \"timeZone\": \"Europe/Berlin\", \"perSide\": true}", Plan.class));
    }

    @Test
    void valuesOfTheWrongKindAreRefusedNotCoerced() {
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"weeklyTarget\": 2.5}", Plan.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"weeklyTarget\": \"3\"}", Plan.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"weeklyTarget\": 3, \"timeZone\": 1}", Plan.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"weeklyTarget\": 3, \"perSide\": \"true\"}", Plan.class));
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"weeklyTarget\": null}", Plan.class));
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertThrows(UnrecognizedPropertyException.class, () -> mapper.readValue("{\"weeklyTarget\": 3, \"weeklyTargt\": 4}", Plan.class));
    }

    @Test
    void instantsAreWrittenInUtcWithMilliseconds() throws Exception {
        assertEquals("{\"at\":\"2026-12-01T18:04:05.000Z\"}", mapper.writeValueAsString(new Stamp(Instant.parse("2026-12-01T18:04:05Z"))));
        assertEquals("{\"at\":\"2026-12-01T18:04:05.123Z\"}",
                mapper.writeValueAsString(new Stamp(Instant.parse("2026-12-01T18:04:05.123456789Z"))));
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"at\": \"yesterday\"}", Stamp.class));
    }
}
