package app.limber.catalog.api;

import app.limber.catalog.Exercises;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static app.limber.catalog.Exercises.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

/** Every kind of bad exercise body is a 400 naming each bad field, and nothing is stored. */
@QuarkusTest
class ExerciseBadInputTest {

    private ValidatableResponse post(Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post("/exercises")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json");
    }

    private static void assertNotStored(String slug) {
        given().get("/exercises/" + slug).then().statusCode(404);
    }

    @Test
    void unknownVocabularyValuesAreNamed() {
        String slug = Exercises.uniqueSlug("bad-vocabulary");
        Map<String, Object> body = Exercises.body(slug);
        body.put("category", "cardio");
        body.put("targetAreas", List.of("glutes", "biceps"));
        body.put("equipment", List.of("kettlebell"));
        body.put("position", "upside-down");
        post(body)
                .body("errors.field", containsInAnyOrder("category", "targetAreas[1]", "equipment[0]", "position"))
                .body("errors.find { it.field == 'category' }.message", containsString("cardio"));
        assertNotStored(slug);
    }

    @Test
    void minAboveMaxIsNamed() {
        String slug = Exercises.uniqueSlug("min-above-max");
        Map<String, Object> body = Exercises.body(slug);
        body.put("prescription", Map.of("sets", Exercises.range(3, 2), "holdSeconds", Exercises.range(30, 10)));
        post(body).body("errors.field", containsInAnyOrder("prescription.sets", "prescription.holdSeconds"));
        assertNotStored(slug);
    }

    @Test
    void incompleteOrNegativeRangesAreNamed() {
        Map<String, Object> body = Exercises.body(Exercises.uniqueSlug("half-range"));
        body.put("prescription", Map.of("reps", Map.of("min", 10), "sets", Exercises.range(-1, 2)));
        post(body).body("errors.field", containsInAnyOrder("prescription.reps.max", "prescription.sets.min"));
    }

    @Test
    void aPrescriptionNeedsSomething() {
        Map<String, Object> body = Exercises.body(Exercises.uniqueSlug("empty-prescription"));
        body.put("prescription", Map.of());
        post(body).body("errors.field", hasItem("prescription"));
    }

    @Test
    void emptyStepsAreNamed() {
        Map<String, Object> body = Exercises.body(Exercises.uniqueSlug("no-steps"));
        body.put("steps", List.of());
        post(body).body("errors.field", containsInAnyOrder("steps"));
        body.put("steps", List.of("Do it.", " "));
        post(body).body("errors.field", containsInAnyOrder("steps[1]"));
    }

    @Test
    void aBlankNameIsNamed() {
        Map<String, Object> body = Exercises.body(Exercises.uniqueSlug("blank-name"));
        body.put("name", "   ");
        post(body).body("errors.field", containsInAnyOrder("name"));
    }

    @Test
    void badSlugFormatsAreNamed() {
        for (String slug : List.of("Half Pigeon", "half--pigeon", "-pigeon", "pigeon-", "HALF-PIGEON", "half_pigeon", "")) {
            post(Exercises.body(slug)).body("errors.field", containsInAnyOrder("slug"));
        }
        Map<String, Object> body = Exercises.body("x");
        body.remove("slug");
        post(body).body("errors.field", containsInAnyOrder("slug"));
        post(Exercises.body("a".repeat(81))).body("errors.field", containsInAnyOrder("slug"));
    }

    @Test
    void aPutBodyNamingAnotherSlugIsRefused() {
        String slug = Exercises.uniqueSlug("put-slug");
        Exercises.create(Exercises.body(slug));
        Exercises.put(slug, "\"1\"", Exercises.body("half-pigeon")).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("slug"));
    }

    @Test
    void aPutIsCheckedLikeAPost() {
        String slug = Exercises.uniqueSlug("put-checked");
        Exercises.create(Exercises.body(slug));
        Map<String, Object> body = Exercises.body(slug);
        body.put("name", "");
        body.put("equipment", List.of("none", "strap"));
        Exercises.put(slug, "\"1\"", body).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("name", "equipment"));
        given().get("/exercises/" + slug).then().header("ETag", "\"1\"");
    }

    @Test
    void missingRequiredFieldsAreAllNamed() {
        post(Map.of("slug", Exercises.uniqueSlug("bare"))).body("errors.field", containsInAnyOrder(
                "name", "summary", "steps", "category", "targetAreas", "equipment", "position", "perSide", "prescription"));
    }

    @Test
    void wrongJsonTypesAndBrokenJsonAre400() {
        Map<String, Object> body = Exercises.body(Exercises.uniqueSlug("wrong-type"));
        body.put("perSide", "sometimes");
        post(body).body("errors.field", containsInAnyOrder("perSide"));
        asAdmin().contentType(ContentType.JSON).body("{\"slug\": ").post("/exercises")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json");
        asAdmin().contentType(ContentType.JSON).post("/exercises")
                .then().log().ifValidationFails().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void controlCharactersAreRefusedNotStored() {
        Map<String, Object> body = Exercises.body(Exercises.uniqueSlug("nul-name"));
        body.put("name", "Walk\u0000ing");
        body.put("steps", List.of("Line one\nline two", "Bell\u0007"));
        post(body).body("errors.field", containsInAnyOrder("name", "steps[1]"));
    }

    @Test
    void prescriptionPerSideMustAgreeWithTheExercise() {
        Map<String, Object> body = Exercises.body(Exercises.uniqueSlug("per-side-clash"));
        body.put("perSide", true);
        body.put("prescription", Map.of("reps", Exercises.range(10, 10), "perSide", false));
        post(body).body("errors.field", containsInAnyOrder("prescription.perSide"));
    }
}
