package app.limber.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonInputMapperTest {

    record Plan(UUID routineId, @Min(1) @Max(14) Integer weeklyTarget, LocalDate startsOn, Integer rounds) {
    }

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final JsonInputMapper mapper = new JsonInputMapper();

    @Test
    void aBodyThatIsNotJsonNamesTheCharacterWhereTheParserStopped() {
        // the second comma of line 2
        Problem problem = problemFor("{\n  \"weeklyTarget\": 3,,\n}");

        assertEquals(400, problem.status());
        assertEquals("body: is not valid JSON (line 2, column 21)", problem.detail());
    }

    @Test
    void aWrongTypedValueSaysWhatTheFieldTakesInWords() {
        assertEquals("weeklyTarget: must be a whole number from 1 to 14",
                problemFor("{\"weeklyTarget\": \"three\"}").detail());
        assertEquals("rounds: must be a whole number", problemFor("{\"rounds\": \"three\"}").detail());
        assertEquals("startsOn: must be a date such as 2026-12-01",
                problemFor("{\"startsOn\": \"31.01.2026\"}").detail());
        assertEquals("routineId: must be a UUID",
                problemFor("{\"routineId\": \"42\"}").detail());
        assertEquals("weeklyTarget: must be a whole number from 1 to 14",
                problemFor("{\"weeklyTarget\": [3]}").detail());
    }

    @Test
    void aBodyOfTheWrongShapeIsNamedAsTheBody() {
        assertEquals("body: must be an object", problemFor("[1, 2]").detail());
    }

    private Problem problemFor(String body) {
        JsonProcessingException refused = assertThrows(JsonProcessingException.class, () -> json.readValue(body, Plan.class));
        return (Problem) mapper.toResponse(refused).getEntity();
    }
}
