package app.limber.catalog.api;

import app.limber.catalog.domain.TargetArea;
import app.limber.platform.problem.Messages;
import app.limber.platform.api.PageRequest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Bad listing parameters are a 400 naming each of them, never an empty or unfiltered answer. */
@QuarkusTest
class ListingBadInputTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void unknownFacetValuesNameTheirParameter() {
        given().queryParam("target", "biceps").get("/exercises")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("target"))
                .body("errors[0].message", containsString("biceps"));
        given().queryParam("category", "cardio").queryParam("equipment", "kettlebell")
                .queryParam("position", "handstand").get("/exercises")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("category", "equipment", "position"));
        given().queryParam("target", "glutes,biceps").get("/exercises")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("target"));
    }

    @Test
    void anUnknownParameterIsNamedInsteadOfIgnored() {
        // targetAreas is the taxonomy's name for the facet that the listing calls target
        given().queryParam("targetAreas", "calves").get("/exercises")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors", equalTo(List.of(Map.of("field", "targetAreas", "message", Messages.UNKNOWN_PARAMETER))));
        given().queryParam("target", "calves").queryParam("sort", "name").queryParam("limit", 5).get("/exercises")
                .then().statusCode(400).body("errors.field", contains("limit", "sort"));
        given().queryParam("verbose", "true").get("/exercises/half-pigeon")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("verbose"));
        given().queryParam("lang", "de").get("/taxonomy")
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("lang"));
    }

    @Test
    void messagesAreTheSharedOnes() {
        given().queryParam("target", "biceps").get("/exercises").then().statusCode(400)
                .body("errors[0].message", equalTo(Messages.unknownTerm("biceps",
                        Arrays.stream(TargetArea.values()).map(TargetArea::slug).toList())));
        given().queryParam("size", "2.5").queryParam("perSide", "1").get("/exercises").then().statusCode(400)
                .body("errors", equalTo(List.of(
                        Map.of("field", "perSide", "message", Messages.BOOLEAN),
                        Map.of("field", "size", "message", Messages.wholeNumber(1, PageRequest.MAX_SIZE)))));
    }

    @Test
    void vocabularyIsCaseSensitive() {
        given().queryParam("target", "Glutes").get("/exercises").then().statusCode(400);
    }

    @Test
    void badPagingIsNamed() {
        given().queryParam("size", 101).get("/exercises").then().statusCode(400).body("errors.field", containsInAnyOrder("size"));
        given().queryParam("size", 0).get("/exercises").then().statusCode(400).body("errors.field", containsInAnyOrder("size"));
        given().queryParam("page", -1).get("/exercises").then().statusCode(400).body("errors.field", containsInAnyOrder("page"));
        given().queryParam("page", "two").queryParam("size", "many").get("/exercises")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("page", "size"));
    }

    @Test
    void badBooleansAreNamed() {
        given().queryParam("perSide", "maybe").queryParam("includeRetired", "yes").get("/exercises")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("perSide", "includeRetired"));
    }

    @Test
    void controlCharactersInTextAreNamed() {
        given().queryParam("q", "hip\u0000").get("/exercises")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("q"));
    }

    @Test
    void overlongTextIsNamed() {
        given().queryParam("q", "x".repeat(201)).get("/exercises")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("q"));
    }
}
