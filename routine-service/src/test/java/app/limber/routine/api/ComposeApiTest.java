package app.limber.routine.api;

import app.limber.routine.support.CatalogEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.limber.routine.support.Api.anonymous;
import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.newUser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /routines/compose over the catalog read model. */
@QuarkusTest
class ComposeApiTest {

    private static final String COOLDOWN = """
            {"purpose":"cooldown","minutes":15,"equipment":["foam-roller"],"targets":["it-band","hip-flexors"]}""";

    @BeforeAll
    static void catalog() {
        CatalogEvents.ensureSeedCatalog();
    }

    @Test
    void proposesARoutineThatFitsTheRequestAndIsTheSameEachTime() {
        String user = newUser();
        String first = athlete(user).body(COOLDOWN).post("/routines/compose").then().statusCode(200).extract().asString();
        String second = athlete(newUser()).body(COOLDOWN).post("/routines/compose").then().statusCode(200).extract().asString();
        assertEquals(first, second);

        JsonPath routine = JsonPath.from(first);
        int seconds = routine.getInt("estimatedDuration.minSeconds");
        assertTrue(seconds >= 15 * 60 * 0.9 && seconds <= 15 * 60 * 1.1, seconds + " s for 15 minutes");
        List<String> equipment = routine.getList("items.equipment.flatten()");
        assertTrue(List.of("none", "foam-roller").containsAll(equipment), "equipment " + equipment);
        List<String> areas = routine.getList("items.targetAreas.flatten()");
        assertTrue(areas.containsAll(List.of("it-band", "hip-flexors")), "areas " + areas);
        List<String> categories = routine.getList("items.category");
        assertTrue(categories.indexOf("self-massage") > categories.lastIndexOf("stretch"), "order " + categories);
        // nothing was saved
        athlete(user).get("/routines").then().body("total", greaterThan(0)).body("items.findAll { it.ownerId == '" + user + "' }.size()", equalTo(0));
    }

    @Test
    void anImpossibleRequestIsUnprocessableAndSaysWhy() {
        athlete(newUser()).body("""
                {"purpose":"mobility","minutes":10,"equipment":[],"targets":["it-band"]}""")
                .post("/routines/compose").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("it-band"));
    }

    @Test
    void badRequestsNameTheField() {
        athlete(newUser()).body("""
                {"purpose":"cooldown","minutes":15,"equipment":["none","kettlebell"]}""")
                .post("/routines/compose").then().statusCode(400).body("errors[0].field", equalTo("equipment[1]"));
        athlete(newUser()).body("""
                {"purpose":"cooldown","minutes":15,"targets":["toes"]}""")
                .post("/routines/compose").then().statusCode(400).body("errors[0].field", equalTo("targets[0]"));
        athlete(newUser()).body("""
                {"purpose":"cooldown","minutes":0}""")
                .post("/routines/compose").then().statusCode(400).body("errors[0].field", equalTo("minutes"));
        athlete(newUser()).body("""
                {"purpose":"nap","minutes":10}""")
                .post("/routines/compose").then().statusCode(400).body("errors[0].field", equalTo("purpose"));
        athlete(newUser()).body("""
                {"purpose":"cooldown","minutes":15,"targets":[null]}""")
                .post("/routines/compose").then().statusCode(400).body("errors[0].field", equalTo("targets[0]"));
        anonymous().body(COOLDOWN).post("/routines/compose").then().statusCode(401);
    }
}
