package app.limber.catalog.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

/** One exercise with everything needed to do it, and conditional requests on it. */
@QuarkusTest
class ExerciseDetailTest {

    @Test
    void detailCarriesStepsCuesCautionsAndSources() {
        given().get("/exercises/psoas-massage").then().statusCode(200)
                .contentType("application/json")
                .header("ETag", matchesPattern("\"\\d+\""))
                .body("name", equalTo("Psoas Massage"))
                .body("category", equalTo("self-massage"))
                .body("equipment", equalTo(List.of("massage-ball")))
                .body("position", equalTo("prone"))
                .body("steps", hasSize(4))
                .body("cautions", hasSize(2))
                .body("prescription.durationSeconds.min", equalTo(60))
                .body("prescription.perSide", equalTo(true))
                .body("sources", equalTo(List.of(Map.of("title", "Hip Mobility Exercises and Stretches for Runners"))))
                .body("retired", equalTo(false))
                .body("updatedAt", notNullValue());
    }

    @Test
    void absentRangesAreOmittedNotNull() {
        String json = given().get("/exercises/half-pigeon").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(json.contains("null"), json);
        given().get("/exercises/half-pigeon").then().body("prescription.keySet()",
                org.hamcrest.Matchers.containsInAnyOrder("sets", "holdSeconds", "perSide"));
    }

    @Test
    void ifNoneMatchWithTheCurrentEtagIs304() {
        String etag = given().get("/exercises/clamshells").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).get("/exercises/clamshells")
                .then().statusCode(304).header("ETag", etag).body(emptyString());
        given().header("If-None-Match", "\"999\", W/" + etag).get("/exercises/clamshells").then().statusCode(304);
        given().header("If-None-Match", "*").get("/exercises/clamshells").then().statusCode(304);
    }

    @Test
    void ifNoneMatchWithAnotherEtagGetsTheBody() {
        given().header("If-None-Match", "\"999\"").get("/exercises/clamshells")
                .then().statusCode(200).body("slug", equalTo("clamshells"));
    }

    @Test
    void unknownAndMalformedSlugsAre404() {
        given().get("/exercises/no-such-exercise").then().statusCode(404).contentType("application/problem+json");
        given().get("/exercises/NOT a slug").then().statusCode(404).contentType("application/problem+json");
        given().urlEncodingEnabled(false).get("/exercises/half%00pigeon").then().statusCode(404);
    }
}
