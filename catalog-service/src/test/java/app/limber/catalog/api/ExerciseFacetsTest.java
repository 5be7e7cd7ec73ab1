package app.limber.catalog.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

/**
 * Facets over the seeded catalog return what the articles say. Tests that create exercises use
 * resistance bands and never foam rollers, massage balls or straps, so those answers are exact.
 */
@QuarkusTest
class ExerciseFacetsTest {

    @Test
    void hipFlexorTargetIncludesTheKneelingHipFlexorStretches() {
        given().queryParam("target", "hip-flexors").queryParam("size", 100).get("/exercises")
                .then().statusCode(200)
                .body("items.slug", hasItems("kneeling-quad-hip-flexor-stretch", "runners-lunge",
                        "lunging-hip-flexor-stretch", "half-kneeling-hip-flexor-stretch-overhead-reach",
                        "psoas-massage", "knee-drives", "high-knees", "standing-hip-flexion"))
                .body("items.targetAreas", everyItem(hasItem("hip-flexors")))
                // correction 18 of the seed: butt kicks work the hamstrings, not the hip flexors
                .body("items.slug", not(hasItem("butt-kicks")));
    }

    @Test
    void foamRollerGivesTheItBandRoll() {
        given().queryParam("equipment", "foam-roller").get("/exercises")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.slug", equalTo(List.of("it-band-foam-roll")))
                .body("items[0].category", equalTo("self-massage"));
    }

    @Test
    void equipmentFacetsAreAlternatives() {
        given().queryParam("equipment", "massage-ball,strap").get("/exercises")
                .then().statusCode(200)
                .body("items.slug", containsInAnyOrder("psoas-massage", "supine-hamstring-strap-stretch"));
        given().queryParam("equipment", "massage-ball").queryParam("equipment", "strap").get("/exercises")
                .then().body("total", equalTo(2));
    }

    @Test
    void equipmentNoneMeansNothingNeeded() {
        given().queryParam("equipment", "none").queryParam("size", 100).get("/exercises")
                .then().statusCode(200)
                .body("items.equipment", everyItem(equalTo(List.of("none"))))
                .body("items.slug", hasItems("clamshells", "half-pigeon"))
                .body("items.slug", not(hasItem("hip-hikes")))
                .body("items.slug", not(hasItem("kneeling-quad-hip-flexor-stretch")));
    }

    @Test
    void facetsCombine() {
        given().queryParam("category", "stretch").queryParam("position", "half-kneeling").queryParam("perSide", true)
                .queryParam("size", 100).get("/exercises")
                .then().statusCode(200)
                .body("items.slug", containsInAnyOrder("kneeling-quad-hip-flexor-stretch", "runners-lunge",
                        "lunging-hip-flexor-stretch", "half-kneeling-hip-flexor-stretch-overhead-reach"));
        given().queryParam("category", "self-massage").get("/exercises")
                .then().body("items.slug", containsInAnyOrder("it-band-foam-roll", "psoas-massage"));
        given().queryParam("target", "it-band").get("/exercises")
                .then().body("items.slug", equalTo(List.of("it-band-foam-roll")));
    }

    @Test
    void perSideFalseListsBothSidesTogether() {
        given().queryParam("perSide", false).queryParam("category", "strength").queryParam("size", 100)
                .queryParam("equipment", "none").get("/exercises")
                .then().statusCode(200)
                .body("items.perSide", everyItem(equalTo(false)))
                .body("items.slug", hasItems("sumo-squat", "glute-bridge", "bird-dog"));
    }

    @Test
    void withoutTextTheOrderIsByName() {
        List<String> names = given().queryParam("category", "stretch").queryParam("size", 100).get("/exercises")
                .then().extract().jsonPath().getList("items.name", String.class);
        org.junit.jupiter.api.Assertions.assertEquals(
                names.stream().sorted(java.util.Comparator.comparing(n -> n.toLowerCase(java.util.Locale.ROOT))).toList(), names);
    }

    @Test
    void pagingDefaultsToTheFirst20() {
        given().get("/exercises").then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("items.size()", equalTo(20))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(37));
        given().queryParam("page", 1000).get("/exercises").then().statusCode(200)
                .body("items", equalTo(List.of())).body("page", equalTo(1000))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(37));
        given().queryParam("equipment", "foam-roller").queryParam("page", 1).get("/exercises").then()
                .body("items", equalTo(List.of())).body("total", equalTo(1));
        given().queryParam("size", 100).get("/exercises").then().body("items.size()", lessThanOrEqualTo(100));
    }
}
