package app.limber.catalog.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text search over the seeded catalog: relevant first, forgiving of partial and misspelt words. */
@QuarkusTest
class ExerciseSearchTest {

    private static List<String> slugs(String q) {
        return given().queryParam("q", q).queryParam("size", 100).get("/exercises")
                .then().statusCode(200).extract().jsonPath().getList("items.slug", String.class);
    }

    @Test
    void anExactNameComesFirst() {
        assertEquals("half-pigeon", slugs("half pigeon").get(0));
        assertEquals("clamshells", slugs("clamshells").get(0));
    }

    @Test
    void aliasesAreSearched() {
        assertEquals("kneeling-quad-hip-flexor-stretch", slugs("couch stretch").get(0));
        assertTrue(slugs("world's greatest stretch").contains("lunge-with-rotation"));
    }

    @Test
    void summariesAreSearchedWithStemming() {
        // "inner thighs" appears in summaries only; stemming matches "thigh" to "thighs"
        assertTrue(slugs("inner thigh").containsAll(List.of("butterfly-stretch", "frog-stretch", "sumo-squat")));
    }

    @Test
    void partialAndMisspeltWordsStillFind() {
        assertTrue(slugs("clamshel").contains("clamshells"));
        assertTrue(slugs("pigon").contains("half-pigeon"));
        assertTrue(slugs("deadlif").contains("single-leg-deadlift"));
    }

    @Test
    void hipFlexorSearchRanksTheHipFlexorStretchesHigh() {
        List<String> top = slugs("hip flexor stretch").subList(0, 4);
        assertTrue(top.containsAll(List.of("kneeling-quad-hip-flexor-stretch", "lunging-hip-flexor-stretch",
                "half-kneeling-hip-flexor-stretch-overhead-reach")), "top 4: " + top);
    }

    @Test
    void nonsenseFindsNothing() {
        given().queryParam("q", "zzqxv").get("/exercises").then().statusCode(200)
                .body("items", equalTo(List.of())).body("total", equalTo(0));
    }

    @Test
    void searchCombinesWithFacets() {
        given().queryParam("q", "stretch").queryParam("position", "supine").queryParam("size", 100).get("/exercises")
                .then().statusCode(200)
                .body("items.position", everyItem(equalTo("supine")))
                .body("items.slug", hasItems("figure-four-stretch", "supine-hamstring-strap-stretch"))
                .body("items.slug", not(hasItem("runners-lunge")));
    }

    @Test
    void orderIsStableAcrossPages() {
        List<String> all = given().queryParam("q", "hip").queryParam("size", 100).get("/exercises")
                .then().extract().jsonPath().getList("items.slug", String.class);
        List<String> paged = new ArrayList<>();
        for (int page = 0; page * 4 < all.size(); page++) {
            JsonPath json = given().queryParam("q", "hip").queryParam("size", 4).queryParam("page", page).get("/exercises")
                    .then().statusCode(200).body("page", equalTo(page)).body("size", equalTo(4))
                    .extract().jsonPath();
            assertEquals(all.size(), json.getInt("total"));
            paged.addAll(json.getList("items.slug", String.class));
        }
        assertEquals(all, paged);
    }
}
