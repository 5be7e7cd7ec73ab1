package app.limber.routine.api;

import app.limber.routine.support.CatalogEvents;
import app.limber.routine.support.Routines;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.newUser;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Every bad routine is a 400 problem naming the field. */
@QuarkusTest
class RoutineValidationTest {

    @BeforeAll
    static void catalog() {
        CatalogEvents.ensureSeedCatalog();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "name|\"name\":\"Post-run hips\"|\"name\":\"  \"",
            "name|\"name\":\"Post-run hips\"|\"name\":\"Post\\u0000run\"",
            "purpose|\"purpose\":\"mobility\"|\"purpose\":\"sprinting\"",
            "rounds|\"rounds\":{\"min\":1,\"max\":2}|\"rounds\":{\"min\":3,\"max\":2}",
            "rounds|\"rounds\":{\"min\":1,\"max\":2}|\"rounds\":{\"min\":1,\"max\":11}",
            "items[0].exerciseSlug|\"exerciseSlug\":\"leg-swings\"|\"exerciseSlug\":\"moonwalk\"",
            "items[0].exerciseSlug|\"exerciseSlug\":\"leg-swings\"|\"exerciseSlug\":\"Leg Swings\"",
            "items[0].prescription.reps|\"reps\":{\"min\":10,\"max\":10}|\"reps\":{\"min\":12,\"max\":10}",
            "items[0].prescription.reps.min|\"reps\":{\"min\":10,\"max\":10}|\"reps\":{\"min\":-1,\"max\":10}",
            "items[1].restSeconds|\"restSeconds\":5|\"restSeconds\":601",
            "items[0].prescription.sets.max|\"sets\":{\"min\":1,\"max\":1}|\"sets\":{\"min\":1,\"max\":3600}",
            "items[0].prescription.reps.max|\"reps\":{\"min\":10,\"max\":10}|\"reps\":{\"min\":10,\"max\":3600}",
            "visibility|\"purpose\":\"mobility\"|\"purpose\":\"mobility\",\"visibility\":\"friends\"",
    })
    void aBadFieldIsNamed(String field, String good, String bad) {
        String body = Routines.body("Post-run hips");
        athlete(newUser()).body(body.replace(good, bad)).post("/routines").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void aRoutineNeedsItems() {
        athlete(newUser()).body("{\"name\":\"Empty\",\"purpose\":\"mobility\",\"items\":[]}").post("/routines")
                .then().statusCode(400).body("errors[0].field", equalTo("items"));
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        athlete(newUser()).body("{\"name\":").post("/routines").then().statusCode(400)
                .contentType("application/problem+json");
        athlete(newUser()).get("/routines/not-a-uuid").then().statusCode(404);
    }
}
