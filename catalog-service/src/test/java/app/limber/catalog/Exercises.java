package app.limber.catalog;

import app.limber.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Test data and calls for exercises the tests create themselves (never the seed rows), over HTTP
 * only, so that the same helpers serve @QuarkusTest and *IT classes.
 */
public final class Exercises {

    private Exercises() {
    }

    /** A slug no other test uses. */
    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A complete, valid request body; tests change single fields of it. */
    public static Map<String, Object> body(String slug) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("slug", slug);
        body.put("name", "Banded Monster Walk " + slug);
        body.put("aliases", List.of("Monster Walk", "Band Walk"));
        body.put("summary", "Walking forward and sideways in a half squat against a band above the knees.");
        body.put("steps", List.of("Loop a band above your knees.", "Sink into a half squat.", "Walk forward in small wide steps."));
        body.put("cues", List.of("Keep tension on the band."));
        body.put("cautions", List.of());
        body.put("category", "strength");
        body.put("targetAreas", List.of("glutes", "abductors"));
        body.put("equipment", List.of("resistance-band"));
        body.put("position", "standing");
        body.put("perSide", false);
        body.put("prescription", Map.of("sets", range(2, 3), "reps", range(10, 12)));
        body.put("sources", List.of(Map.of("title", "Test source", "url", "https://example.org/monster-walk")));
        return body;
    }

    public static Map<String, Object> range(Object min, Object max) {
        Map<String, Object> range = new LinkedHashMap<>();
        range.put("min", min);
        range.put("max", max);
        return range;
    }

    public static RequestSpecification asAdmin() {
        return given().header("Authorization", TestTokens.bearer("admin-" + UUID.randomUUID(), "admin"));
    }

    public static RequestSpecification asAthlete() {
        return given().header("Authorization", TestTokens.bearer("athlete-" + UUID.randomUUID(), "athlete"));
    }

    /** Creates the exercise and returns the response (expects 201). */
    public static Response create(Map<String, Object> body) {
        Response response = asAdmin().contentType(ContentType.JSON).body(body).post("/exercises");
        if (response.statusCode() != 201) {
            throw new AssertionError("could not create " + body.get("slug") + ": " + response.statusCode() + " " + response.asString());
        }
        return response;
    }

    public static Response put(String slug, String ifMatch, Map<String, Object> body) {
        RequestSpecification request = asAdmin().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put("/exercises/" + slug);
    }
}
