package app.limber.catalog.seed;

import app.limber.catalog.Exercises;
import app.limber.catalog.domain.ExerciseInput;
import app.limber.catalog.domain.ExerciseInput.PrescriptionInput;
import app.limber.catalog.domain.ExerciseInput.RangeInput;
import app.limber.testing.Database;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static app.limber.catalog.Exercises.asAdmin;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How a seed entry meets what is stored: created once, left alone while unchanged (even over an
 * admin's edit), applied at the next version once it changes, never bringing back a retired exercise.
 * Each test seeds its own slug.
 */
@QuarkusTest
class SeedRulesTest {

    @Inject
    SeedApplier applier;

    private static SeedEntry entry(String slug, String name, String hash) {
        ExerciseInput input = new ExerciseInput(slug, name, List.of(), "A test exercise from the seed.",
                List.of("Do it."), List.of(), List.of(), "stretch", List.of("calves"), List.of("step-or-bench"),
                "standing", true, new PrescriptionInput(null, null, new RangeInput(20, 30), null, true), List.of());
        return new SeedEntry(slug, 1, hash, input, Map.of());
    }

    @Test
    void aNewEntryIsCreatedOnceWithOneEvent() {
        String slug = Exercises.uniqueSlug("seeded-calf-drop");
        assertEquals(new SeedApplier.Outcome(1, 0, 0, 0), applier.apply(List.of(entry(slug, "Calf Drop", "h1"))));
        assertEquals(new SeedApplier.Outcome(0, 0, 1, 0), applier.apply(List.of(entry(slug, "Calf Drop", "h1"))));
        assertEquals(1, outboxEvents(slug));
        given().get("/exercises/" + slug).then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void anUnchangedEntryKeepsTheAdminsEdit() {
        String slug = Exercises.uniqueSlug("edited-calf-drop");
        applier.apply(List.of(entry(slug, "Calf Drop", "h1")));
        Map<String, Object> body = Exercises.body(slug);
        body.put("name", "Calf Drop, as the admin wrote it");
        Exercises.put(slug, "\"1\"", body).then().statusCode(200);

        assertEquals(new SeedApplier.Outcome(0, 0, 1, 0), applier.apply(List.of(entry(slug, "Calf Drop", "h1"))));
        given().get("/exercises/" + slug).then().body("name", equalTo("Calf Drop, as the admin wrote it"))
                .body("version", equalTo(2));
        assertEquals(2, outboxEvents(slug));
    }

    @Test
    void aChangedEntryIsAppliedAtTheNextVersion() {
        String slug = Exercises.uniqueSlug("changed-calf-drop");
        applier.apply(List.of(entry(slug, "Calf Drop", "h1")));
        assertEquals(new SeedApplier.Outcome(0, 1, 0, 0), applier.apply(List.of(entry(slug, "Calf Drops", "h2"))));
        given().get("/exercises/" + slug).then().body("name", equalTo("Calf Drops")).body("version", equalTo(2));
        assertEquals(2, outboxEvents(slug));
    }

    @Test
    void aChangedEntryWithTheSameContentOnlyRecordsItsHash() {
        String slug = Exercises.uniqueSlug("reformatted-calf-drop");
        applier.apply(List.of(entry(slug, "Calf Drop", "h1")));
        assertEquals(new SeedApplier.Outcome(0, 0, 1, 0), applier.apply(List.of(entry(slug, "Calf Drop", "h2"))));
        assertEquals(1, outboxEvents(slug));
    }

    @Test
    void aRetiredExerciseStaysRetired() {
        String slug = Exercises.uniqueSlug("retired-calf-drop");
        applier.apply(List.of(entry(slug, "Calf Drop", "h1")));
        asAdmin().delete("/exercises/" + slug).then().statusCode(204);
        assertEquals(new SeedApplier.Outcome(0, 0, 0, 1), applier.apply(List.of(entry(slug, "Calf Drops", "h2"))));
        given().get("/exercises/" + slug).then().body("retired", equalTo(true)).body("name", equalTo("Calf Drop"));
        assertEquals(2, outboxEvents(slug));
    }

    private static long outboxEvents(String slug) {
        return Database.count("select count(*) from outbox_event where record_key = ?", slug);
    }
}
