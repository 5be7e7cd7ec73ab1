package app.limber.catalog.api;

import app.limber.catalog.Exercises;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static app.limber.catalog.Exercises.asAdmin;
import static app.limber.catalog.Exercises.asAthlete;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The admin's journey: add, edit, retire; what readers see after each step. */
@QuarkusTest
class ExerciseWriteTest {

    @Test
    void createAnswers201WithLocationEtagAndTheExercise() {
        String slug = Exercises.uniqueSlug("monster-walk");
        Exercises.create(Exercises.body(slug)).then()
                .statusCode(201)
                .header("Location", endsWith("/exercises/" + slug))
                .header("ETag", "\"1\"")
                .body("slug", equalTo(slug))
                .body("version", equalTo(1))
                .body("retired", equalTo(false))
                .body("prescription.reps.min", equalTo(10))
                .body("prescription.perSide", equalTo(false));

        given().get("/exercises/" + slug).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("targetAreas", equalTo(List.of("glutes", "abductors")))
                .body("sources[0].url", equalTo("https://example.org/monster-walk"));
    }

    @Test
    void aNewExerciseIsListedAtOnce() {
        String slug = Exercises.uniqueSlug("listed-walk");
        given().queryParam("equipment", "resistance-band").queryParam("size", 100).get("/exercises")
                .then().statusCode(200);
        Exercises.create(Exercises.body(slug));
        given().queryParam("equipment", "resistance-band").queryParam("size", 100).get("/exercises")
                .then().statusCode(200).body("items.slug", hasItem(slug));
    }

    @Test
    void updateWithTheCurrentEtagMakesTheNextVersion() {
        String slug = Exercises.uniqueSlug("updated-walk");
        Map<String, Object> body = Exercises.body(slug);
        Exercises.create(body);
        body.put("name", "Monster Walk, renamed " + slug);
        body.put("targetAreas", List.of("glutes", "abductors", "hips"));

        Exercises.put(slug, "\"1\"", body).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("version", equalTo(2))
                .body("name", equalTo("Monster Walk, renamed " + slug));
        given().queryParam("target", "hips").queryParam("q", "renamed " + slug).get("/exercises")
                .then().statusCode(200).body("items.slug", hasItem(slug));
    }

    @Test
    void updateWithoutSlugInTheBodyUsesThePath() {
        String slug = Exercises.uniqueSlug("no-slug-walk");
        Map<String, Object> body = Exercises.body(slug);
        Exercises.create(body);
        body.remove("slug");
        body.put("summary", "Changed summary.");
        Exercises.put(slug, "\"1\"", body).then().statusCode(200).body("slug", equalTo(slug)).body("version", equalTo(2));
    }

    @Test
    void savingTheSameContentAgainChangesNothing() {
        String slug = Exercises.uniqueSlug("same-walk");
        Map<String, Object> body = Exercises.body(slug);
        Exercises.create(body);
        Exercises.put(slug, "\"1\"", body).then().statusCode(200).header("ETag", "\"1\"").body("version", equalTo(1));
    }

    @Test
    void retireHidesFromListingsButKeepsTheDetail() {
        String slug = Exercises.uniqueSlug("retired-walk");
        Exercises.create(Exercises.body(slug));

        asAdmin().delete("/exercises/" + slug).then().statusCode(204).header("ETag", "\"2\"");

        given().queryParam("q", slug).queryParam("size", 100).get("/exercises")
                .then().statusCode(200).body("items.slug", not(hasItem(slug)));
        given().get("/exercises/" + slug).then().statusCode(200)
                .body("retired", equalTo(true))
                .body("version", equalTo(2));
        asAdmin().queryParam("includeRetired", true).queryParam("equipment", "resistance-band").queryParam("size", 100)
                .get("/exercises")
                .then().statusCode(200).body("items.findAll { it.slug == '" + slug + "' }.retired", equalTo(List.of(true)));
    }

    @Test
    void retiringTwiceChangesNothingTheSecondTime() {
        String slug = Exercises.uniqueSlug("twice-retired");
        Exercises.create(Exercises.body(slug));
        asAdmin().delete("/exercises/" + slug).then().statusCode(204).header("ETag", "\"2\"");
        asAdmin().delete("/exercises/" + slug).then().statusCode(204).header("ETag", "\"2\"");
    }

    @Test
    void retireHonoursIfMatchWhenGiven() {
        String slug = Exercises.uniqueSlug("guarded-retire");
        Exercises.create(Exercises.body(slug));
        asAdmin().header("If-Match", "\"7\"").delete("/exercises/" + slug).then().statusCode(412);
        asAdmin().header("If-Match", "\"1\"").delete("/exercises/" + slug).then().statusCode(204);
    }

    @Test
    void includeRetiredIsForAdminsOnly() {
        given().queryParam("includeRetired", true).get("/exercises")
                .then().statusCode(401).contentType("application/problem+json");
        asAthlete().queryParam("includeRetired", true).get("/exercises")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void athletesReadButDoNotWrite() {
        String slug = Exercises.uniqueSlug("athlete-walk");
        asAthlete().get("/exercises/half-pigeon").then().statusCode(200);
        asAthlete().contentType(ContentType.JSON).body(Exercises.body(slug)).post("/exercises")
                .then().statusCode(403).contentType("application/problem+json");
        Response missing = given().get("/exercises/" + slug);
        missing.then().statusCode(404);
    }
}
