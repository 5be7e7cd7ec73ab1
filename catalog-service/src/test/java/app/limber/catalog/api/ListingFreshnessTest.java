package app.limber.catalog.api;

import app.limber.catalog.Exercises;
import app.limber.testing.Database;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Listings are cached until the catalog changes: this instance's writes show at once, another
 * instance's writes (here: straight SQL) within the refresh interval.
 */
@QuarkusTest
class ListingFreshnessTest {

    private static String nameListedFor(String slug) {
        return given().queryParam("q", slug).get("/exercises").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.slug == '" + slug + "' }.name");
    }

    @Test
    void ownWritesShowInTheNextListing() {
        String slug = Exercises.uniqueSlug("fresh-walk");
        var body = Exercises.body(slug);
        Exercises.create(body);
        nameListedFor(slug);
        body.put("name", "Fresh name " + slug);
        Exercises.put(slug, "\"1\"", body).then().statusCode(200);
        given().queryParam("q", slug).get("/exercises").then()
                .body("items.find { it.slug == '" + slug + "' }.name", equalTo("Fresh name " + slug));
        Exercises.asAdmin().delete("/exercises/" + slug).then().statusCode(204);
        given().queryParam("q", slug).get("/exercises").then().body("items.slug", not(hasItem(slug)));
    }

    @Test
    void anotherInstancesWritesShowWithinTheRefreshInterval() {
        String slug = Exercises.uniqueSlug("elsewhere-walk");
        Exercises.create(Exercises.body(slug));
        String before = nameListedFor(slug);
        Database.update("update exercise set name = ?, version = version + 1 where slug = ?", "Renamed elsewhere", slug);
        await().atMost(Duration.ofSeconds(10)).until(() -> "Renamed elsewhere".equals(nameListedFor(slug)));
        org.junit.jupiter.api.Assertions.assertNotEquals("Renamed elsewhere", before);
    }
}
