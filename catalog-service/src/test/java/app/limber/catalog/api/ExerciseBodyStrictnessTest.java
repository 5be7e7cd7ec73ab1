package app.limber.catalog.api;

import app.limber.catalog.Exercises;
import app.limber.platform.problem.Messages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static app.limber.catalog.Exercises.asAdmin;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A body is taken as written or refused: a fraction or a string where a whole number belongs, a value of
 * another kind, an unknown field, each is a 400 naming the field in the words every Limber service uses,
 * and nothing is stored.
 */
@QuarkusTest
class ExerciseBodyStrictnessTest {

    /** What a message must never show a client: the names of Java types or of Jackson's internals. */
    private static final Pattern PROGRAMMER_WORDS = Pattern.compile(
            "java\\.|Integer|Long|Boolean|String|LocalDate|Instant|ArrayList|Input\\b|Deserializ|coerc|cannot be read as|`");

    private static Response post(Object body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post("/exercises");
    }

    private static Map<String, Object> withPrescription(String slug, Object setsMin) {
        Map<String, Object> body = Exercises.body(slug);
        body.put("prescription", Map.of("sets", Exercises.range(setsMin, 3), "reps", Exercises.range(10, 12)));
        return body;
    }

    /** The single field error of a 400 problem document, as field and message. */
    private static List<String> onlyError(Response response) {
        response.then().log().ifValidationFails().statusCode(400).contentType("application/problem+json");
        List<Map<String, String>> errors = response.jsonPath().getList("errors");
        assertEquals(1, errors.size(), response.asString());
        return List.of(errors.get(0).get("field"), errors.get(0).get("message"));
    }

    @Test
    void aFractionOrAStringIsNotAWholeNumber() {
        String slug = Exercises.uniqueSlug("strict-sets");
        assertEquals(List.of("prescription.sets.min", Messages.WHOLE_NUMBER), onlyError(post(withPrescription(slug, 2.5))));
        assertEquals(List.of("prescription.sets.min", Messages.WHOLE_NUMBER), onlyError(post(withPrescription(slug, "3"))));
        given().get("/exercises/" + slug).then().statusCode(404);
    }

    @Test
    void valuesOfAnotherKindAreNamedWithTheKindExpected() {
        Map<String, Object> body = Exercises.body(Exercises.uniqueSlug("strict-kinds"));
        body.put("perSide", "true");
        assertEquals(List.of("perSide", Messages.BOOLEAN), onlyError(post(body)));

        body = Exercises.body(Exercises.uniqueSlug("strict-kinds"));
        body.put("name", 5);
        assertEquals(List.of("name", Messages.TEXT), onlyError(post(body)));

        body = Exercises.body(Exercises.uniqueSlug("strict-kinds"));
        body.put("steps", "Do it.");
        assertEquals(List.of("steps", Messages.LIST), onlyError(post(body)));

        body = Exercises.body(Exercises.uniqueSlug("strict-kinds"));
        body.put("prescription", 3);
        assertEquals(List.of("prescription", Messages.OBJECT), onlyError(post(body)));

        assertEquals(List.of("body", Messages.OBJECT), onlyError(post(List.of(1, 2))));
    }

    @Test
    void anUnknownFieldIsNamed() {
        Map<String, Object> body = Exercises.body(Exercises.uniqueSlug("strict-unknown"));
        body.put("difficulty", "easy");
        assertEquals(List.of("difficulty", Messages.UNKNOWN_FIELD), onlyError(post(body)));

        body = Exercises.body(Exercises.uniqueSlug("strict-unknown"));
        body.put("prescription", Map.of("sets", Map.of("min", 2, "max", 3, "avg", 2)));
        assertEquals(List.of("prescription.sets.avg", Messages.UNKNOWN_FIELD), onlyError(post(body)));
    }

    @Test
    void aSourceIsCitedByTitleAndAddressNeverByFile() {
        Map<String, Object> body = Exercises.body(Exercises.uniqueSlug("strict-source"));
        body.put("sources", List.of(Map.of("title", "Hip Mobility Exercises and Stretches for Runners",
                "article", "000_3e4366448e809bab.txt")));
        assertEquals(List.of("sources[0].article", Messages.UNKNOWN_FIELD), onlyError(post(body)));

        body.put("sources", List.of(Map.of("title", "A page"), Map.of("title", "Another page", "url", "file:///etc/passwd")));
        assertEquals("sources[1].url", onlyError(post(body)).get(0));
    }

    @Test
    void noMessageNamesAJavaType() {
        List<Response> answers = new ArrayList<>();
        for (Object value : List.of(2.5, "3", "three", true, List.of(1), Map.of(), -1)) {
            answers.add(post(withPrescription(Exercises.uniqueSlug("no-java"), value)));
        }
        for (Object value : List.of(1, 2.5, true, List.of(), Map.of("a", 1))) {
            Map<String, Object> body = Exercises.body(Exercises.uniqueSlug("no-java"));
            body.put("name", value);
            body.put("perSide", value);
            body.put("aliases", value);
            answers.add(post(body));
        }
        answers.add(asAdmin().contentType(ContentType.JSON).body("{\"slug\": ").post("/exercises"));
        answers.add(asAdmin().contentType(ContentType.JSON).body("\"just text\"").post("/exercises"));
        answers.add(given().queryParam("page", "1.5").queryParam("size", "x").queryParam("perSide", "yes")
                .queryParam("target", "Calves").queryParam("targetAreas", "calves").get("/exercises"));
        answers.add(given().header("If-None-Match", "3").get("/exercises/half-pigeon"));

        for (Response answer : answers) {
            assertEquals(400, answer.statusCode(), answer.asString());
            String text = answer.jsonPath().getString("detail") + " " + answer.jsonPath().getList("errors.message");
            assertFalse(PROGRAMMER_WORDS.matcher(text).find(), text);
        }
    }
}
