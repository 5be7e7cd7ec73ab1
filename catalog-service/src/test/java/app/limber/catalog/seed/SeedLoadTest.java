package app.limber.catalog.seed;

import app.limber.testing.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The articles' 37 exercises are in the catalog after start-up, and loading the seed again is a no-op. */
@QuarkusTest
class SeedLoadTest {

    @Inject
    SeedLoader loader;

    static List<SeedEntry> seedEntries() throws Exception {
        try (InputStream in = SeedLoadTest.class.getClassLoader().getResourceAsStream("seed/exercises.yaml")) {
            return SeedFile.read(in);
        }
    }

    @Test
    void everySeedExerciseIsInTheCatalog() throws Exception {
        List<SeedEntry> entries = seedEntries();
        assertEquals(37, entries.size());
        for (SeedEntry entry : entries) {
            given().get("/exercises/" + entry.slug()).then().statusCode(200)
                    .body("name", equalTo(entry.input().name()))
                    .body("retired", equalTo(false));
        }
        given().get("/exercises/kneeling-quad-hip-flexor-stretch").then().statusCode(200)
                .body("name", equalTo("Kneeling Quad & Hip Flexor Stretch"))
                .body("equipment", equalTo(List.of("chair-or-couch")))
                .body("version", equalTo(1));
    }

    @Test
    void loadingTheUnchangedSeedAgainChangesAndEmitsNothing() {
        long events = Database.count("select count(*) from outbox_event");
        long versions = Database.count("select sum(version) from exercise");

        SeedApplier.Outcome outcome = loader.load();

        assertEquals(0, outcome.changes());
        assertEquals(37, outcome.unchanged() + outcome.retiredSkipped());
        assertEquals(events, Database.count("select count(*) from outbox_event"));
        assertEquals(versions, Database.count("select sum(version) from exercise"));
    }

    @Test
    void eachSeedExerciseWroteExactlyOneEventAtStartUp() throws Exception {
        for (SeedEntry entry : seedEntries()) {
            assertEquals(1, Database.count("select count(*) from outbox_event where record_key = ? and event_type = ?",
                    entry.slug(), "limber.exercise.upserted.v1"), entry.slug());
        }
    }
}
