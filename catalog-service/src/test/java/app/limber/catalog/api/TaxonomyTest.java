package app.limber.catalog.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The vocabulary of DESIGN.md, with labels, for clients to build their filters from. */
@QuarkusTest
class TaxonomyTest {

    @Test
    void listsEveryVocabularyInDesignOrder() {
        given().get("/taxonomy").then().statusCode(200)
                .body("category.slug", equalTo(List.of("dynamic-mobility", "strength", "stretch", "self-massage")))
                .body("targetAreas.slug", equalTo(List.of("hip-flexors", "glutes", "hamstrings", "quadriceps",
                        "adductors", "abductors", "it-band", "calves", "core", "lower-back", "obliques", "shoulders", "hips")))
                .body("equipment.slug", equalTo(List.of("none", "resistance-band", "foam-roller", "massage-ball", "strap",
                        "step-or-bench", "chair-or-couch")))
                .body("position.slug", equalTo(List.of("standing", "kneeling", "half-kneeling", "seated", "supine",
                        "side-lying", "prone", "all-fours", "plank")))
                .body("purposes.slug", equalTo(List.of("warm-up", "cooldown", "strength", "recovery", "mobility")));
    }

    @Test
    void theOpenApiDocumentListsTheSameValues() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/exercises'.get.parameters.find { it.name == 'target' }.schema.items.enum",
                        hasItem("it-band"))
                .body("paths.'/exercises'.get.parameters.find { it.name == 'equipment' }.schema.items.enum",
                        equalTo(List.of("none", "resistance-band", "foam-roller", "massage-ball", "strap",
                                "step-or-bench", "chair-or-couch")))
                .body("components.schemas.ExerciseInput.properties.category.enum",
                        equalTo(List.of("dynamic-mobility", "strength", "stretch", "self-massage")))
                .body("components.schemas.ExerciseInput.properties.targetAreas.items.enum", hasItem("hip-flexors"));
    }

    @Test
    void everyTermHasALabel() {
        given().get("/taxonomy").then()
                .body("targetAreas.find { it.slug == 'hips' }.label", equalTo("Hips (general hip mobility)"))
                .body("equipment.label", hasItem("No equipment"));
    }
}
