package app.limber.routine.api;

import app.limber.routine.seed.SeedApplier;
import app.limber.routine.seed.SeedLoader;
import app.limber.routine.seed.SeedTemplate;
import app.limber.routine.support.CatalogEvents;
import app.limber.testing.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static app.limber.routine.support.Api.anonymous;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The articles' four routines, as public templates. */
@QuarkusTest
class SeededTemplatesTest {

    @Inject
    SeedLoader seeder;

    @Test
    void theFourTemplatesArePublicWithStableIds() {
        anonymous().queryParam("size", 100).get("/routines").then().statusCode(200)
                .body("items.slug", hasItems("hip-mobility-exercises-for-runners", "hip-mobility-stretches-for-runners",
                        "seven-move-mobility-circuit", "hip-strengthening-routine"));
        String id = SeedTemplate.id("seven-move-mobility-circuit").toString();
        anonymous().get("/routines/" + id).then().statusCode(200)
                .body("name", equalTo("The 7-Move Mobility Circuit"))
                .body("purpose", equalTo("mobility"))
                .body("rounds.min", equalTo(1)).body("rounds.max", equalTo(2))
                .body("source.title", equalTo("Hip and Hamstring Mobility for Runners: The 7-Move Mobility Circuit"))
                .body("source", not(hasKey("article")))
                .body("items.exerciseSlug", contains("90-90-hip-switches", "lunge-with-rotation", "glute-bridge-marches",
                        "hamstring-scoops", "half-kneeling-hip-flexor-stretch-overhead-reach",
                        "standing-forward-fold-calf-pedals", "supine-hamstring-strap-stretch"))
                .body("items[4].prescription.holdSeconds.min", equalTo(30))
                .body("items[4].prescription.durationSeconds", equalTo(null))
                // the circuit's own prescriptions suffice: 6 to 22 minutes whatever the read model holds
                .body("estimatedDuration.minSeconds", equalTo(370))
                .body("estimatedDuration.maxSeconds", equalTo(1340));
    }

    @Test
    void withTheCatalogKnownItemsHaveNamesAndTheStrengthRoutineItsDuration() {
        CatalogEvents.ensureSeedCatalog();
        anonymous().get("/routines/" + SeedTemplate.id("hip-strengthening-routine")).then().statusCode(200)
                .body("items[0].exerciseName", equalTo("Donkey Kicks"))
                .body("items[0].prescriptionSource", equalTo("catalog"))
                .body("items.size()", equalTo(12))
                .body("unknownExercises", equalTo(List.of()))
                .body("estimatedDuration.minSeconds", equalTo(2605))
                .body("estimatedDuration.maxSeconds", equalTo(4950))
                .body("estimatedDuration.complete", equalTo(true));
        anonymous().get("/routines/" + SeedTemplate.id("hip-mobility-exercises-for-runners")).then()
                .body("items.exerciseName", contains(startsWith("Single-Leg Deadlift"), equalTo("Butt Kicks"),
                        equalTo("Clamshells"), equalTo("Side Steps"), equalTo("Sumo Squat"), equalTo("Knee Drives"),
                        equalTo("Leg Swings")));
    }

    @Test
    void seedingAgainChangesNothing() throws SQLException {
        List<String> before = templateRows();
        seeder.load();
        assertEquals(before, templateRows());
        assertEquals(4, before.size());
    }

    @Test
    void aTemplateThatDiffersFromTheSeedFileTakesItsContentAgain() throws SQLException {
        seeder.load();
        String slug = "hip-strengthening-routine";
        try (Connection c = Database.connect();
             Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("update routine set rounds_max = 3 where slug = '" + slug + "'"));
        }
        assertEquals(new SeedApplier.Outcome(0, 1, 3), seeder.load());
        anonymous().get("/routines/" + SeedTemplate.id(slug)).then().statusCode(200)
                .body("rounds.min", equalTo(1)).body("rounds.max", equalTo(1));
    }

    private static List<String> templateRows() throws SQLException {
        try (Connection c = Database.connect();
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select id, slug, updated_at, items::text from routine where slug is not null order by slug")) {
            List<String> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4).length());
            }
            return rows;
        }
    }
}
