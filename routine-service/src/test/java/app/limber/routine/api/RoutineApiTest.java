package app.limber.routine.api;

import app.limber.routine.support.CatalogEvents;
import app.limber.routine.support.Routines;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.limber.routine.support.Api.admin;
import static app.limber.routine.support.Api.anonymous;
import static app.limber.routine.support.Api.as;
import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.newUser;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Creating, reading, changing and deleting routines, and who may do what. */
@QuarkusTest
class RoutineApiTest {

    @BeforeAll
    static void catalog() {
        CatalogEvents.ensureSeedCatalog();
    }

    @Test
    void anAthleteCreatesAPrivateRoutineThatOnlyTheySee() {
        String owner = newUser();
        String id = Routines.create(athlete(owner), Routines.body("Post-run hips"));

        athlete(owner).get("/routines/" + id).then().statusCode(200)
                .body("visibility", equalTo("private"))
                .body("ownerId", equalTo(owner))
                .body("items.exerciseSlug", contains("leg-swings", "figure-four-stretch"))
                .body("items.exerciseName", contains("Leg Swings", "Figure Four Stretch"))
                .body("items.perSide", contains(true, true))
                .body("items.prescriptionSource", contains("routine", "catalog"))
                // (1 x (2 x 10 reps x 3 s) + 10) + (1..2 x (2 x 30 s) + 5 s), 1..2 rounds
                .body("estimatedDuration.minSeconds", equalTo(135))
                .body("estimatedDuration.maxSeconds", equalTo(400))
                .body("estimatedDuration.complete", equalTo(true));
        athlete(owner).queryParam("size", 100).get("/routines").then().statusCode(200).body("items.id", hasItem(id));

        athlete(newUser()).get("/routines/" + id).then().statusCode(404);
        athlete(newUser()).queryParam("size", 100).get("/routines").then().statusCode(200).body("items.id", not(hasItem(id)));
        anonymous().get("/routines/" + id).then().statusCode(404);
        anonymous().queryParam("size", 100).get("/routines").then().statusCode(200).body("items.visibility", everyItem(equalTo("public")));
    }

    @Test
    void listsFilterByPurpose() {
        anonymous().queryParam("purpose", "cooldown").get("/routines").then().statusCode(200)
                .body("items.purpose", everyItem(equalTo("cooldown")))
                .body("items.slug", hasItem("hip-mobility-stretches-for-runners"));
        anonymous().queryParam("purpose", "sprint").get("/routines").then().statusCode(400)
                .body("errors[0].field", equalTo("purpose"));
    }

    @Test
    void onlyAdminsCreatePublicTemplates() {
        String body = Routines.body("Everyone's hips").replace("\"purpose\"", "\"visibility\":\"public\",\"purpose\"");
        athlete(newUser()).body(body).post("/routines").then().statusCode(403)
                .contentType("application/problem+json");
        String id = Routines.create(admin(newUser()), body);
        anonymous().get("/routines/" + id).then().statusCode(200).body("visibility", equalTo("public"));
    }

    @Test
    void theOwnerOrAnAdminChangesAndDeletesARoutine() {
        String owner = newUser();
        String id = Routines.create(athlete(owner), Routines.body("Draft"));

        athlete(newUser()).body(Routines.body("Hijacked")).put("/routines/" + id).then().statusCode(404);
        athlete(owner).body(Routines.body("Renamed")).put("/routines/" + id).then().statusCode(200)
                .body("name", equalTo("Renamed"));
        admin(newUser()).body(Routines.body("Moderated")).put("/routines/" + id).then().statusCode(200)
                .body("name", equalTo("Moderated"))
                .body("ownerId", equalTo(owner));

        athlete(newUser()).delete("/routines/" + id).then().statusCode(404);
        athlete(owner).delete("/routines/" + id).then().statusCode(204);
        athlete(owner).get("/routines/" + id).then().statusCode(404);
    }

    @Test
    void publicTemplatesAreForbiddenToAthletesButNotHiddenFromThem() {
        String template = anonymous().queryParam("purpose", "warm-up").get("/routines").then().statusCode(200)
                .extract().path("items.find { it.slug == 'hip-mobility-exercises-for-runners' }.id");
        athlete(newUser()).body(Routines.body("Mine now")).put("/routines/" + template).then().statusCode(403);
        athlete(newUser()).delete("/routines/" + template).then().statusCode(403);
    }

    @Test
    void writesNeedATokenAndTheAthleteOrAdminRole() {
        anonymous().body(Routines.body("x")).post("/routines").then().statusCode(401);
        as(newUser(), "analyst").body(Routines.body("x")).post("/routines").then().statusCode(403);
    }

    @Test
    void aRoutineUsingARetiredExerciseSaysSo() {
        String slug = CatalogEvents.uniqueSlug("fading");
        CatalogEvents.send(CatalogEvents.UPSERTED, slug, CatalogEvents.testExercise(slug, 1, "Fading Move"));
        CatalogEvents.awaitRow(slug, r -> r.version() == 1);
        String owner = newUser();
        String id = Routines.create(athlete(owner), Routines.body("Soon outdated").replace("leg-swings", slug));
        athlete(owner).get("/routines/" + id).then().body("retiredExercises", equalTo(java.util.List.of()));

        CatalogEvents.send(CatalogEvents.RETIRED, slug, CatalogEvents.retirement(slug, 2));
        CatalogEvents.awaitRow(slug, CatalogEvents.Row::retired);
        athlete(owner).get("/routines/" + id).then().statusCode(200)
                .body("retiredExercises", contains(slug))
                .body("items[0].retired", equalTo(true))
                .body("items[0].exerciseName", equalTo("Fading Move"));
        athlete(owner).queryParam("size", 100).get("/routines").then().body("items.find { it.id == '" + id + "' }.retiredExercises", contains(slug));
        // a new routine cannot pick it any more
        athlete(owner).body(Routines.body("Too late").replace("leg-swings", slug)).post("/routines").then().statusCode(400)
                .body("errors[0].field", equalTo("items[0].exerciseSlug"));
    }

    @Test
    void routinesArePagedByNameWithTheirTotal() {
        String user = newUser();
        for (String name : List.of("Zebra walk", "Alpha hips", "Middle")) {
            Routines.create(athlete(user), Routines.body(name));
        }
        int total = athlete(user).queryParam("size", 100).get("/routines").then().statusCode(200)
                .extract().path("total");
        List<String> names = athlete(user).queryParam("size", 100).get("/routines").then().extract().path("items.name");
        assertEquals(total, names.size());
        assertEquals(names.stream().sorted().toList(), names);
        athlete(user).queryParam("size", 1).queryParam("page", names.indexOf("Middle")).get("/routines").then()
                .body("items.name", contains("Middle")).body("total", equalTo(total)).body("size", equalTo(1));
        anonymous().queryParam("purpose", "sprint").get("/routines").then().statusCode(400)
                .body("errors[0].message", startsWith("unknown value 'sprint'; one of warm-up, cooldown"));
        anonymous().queryParam("purpse", "cooldown").get("/routines").then().statusCode(400)
                .body("errors[0].field", equalTo("purpse"));
    }
}
