package app.limber.routine.api;

import app.limber.routine.support.Api;
import app.limber.routine.support.CatalogEvents;
import app.limber.routine.support.Coaching;
import app.limber.routine.support.Plans;
import app.limber.routine.support.Routines;
import app.limber.routine.support.Sessions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.coach;
import static app.limber.routine.support.Api.newUser;
import static app.limber.routine.support.Coaching.ASSIGN_PLANS;
import static app.limber.routine.support.Coaching.VIEW_PROGRESS;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A coach scheduling plans for an athlete who lets them, and what the athlete sees of it. */
@QuarkusTest
class CoachPlanApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void catalog() {
        CatalogEvents.ensureSeedCatalog();
    }

    @Test
    void anAssignedPlanAppearsForTheAthleteNamingTheCoach() throws Exception {
        String coach = newUser();
        String athlete = newUser();
        Coaching.link(athlete, coach, ASSIGN_PLANS);

        var created = coach(coach).body(Plans.openEnded()).post("/coach/athletes/" + athlete + "/plans")
                .then().statusCode(201).body("assignedBy", equalTo(coach)).extract();
        String id = created.path("id");
        String location = created.header("Location");
        assertTrue(location.endsWith("/coach/athletes/" + athlete + "/plans/" + id), location);
        assertEquals(JSON.readTree(created.asString()),
                JSON.readTree(coach(coach).get(location).then().statusCode(200).extract().asString()));

        athlete(athlete).get("/plans").then().statusCode(200)
                .body("items.id", contains(id)).body("items[0].assignedBy", equalTo(coach));
        coach(coach).get("/coach/athletes/" + athlete + "/plans").then().statusCode(200).body("items.id", contains(id));

        JsonNode event = JSON.readTree(Api.awaitEvent("limber.plan.scheduled.v1", id).value());
        assertEquals(athlete, event.get("userId").asText());
        assertEquals(coach, event.get("assignedBy").asText());

        athlete(athlete).delete("/plans/" + id).then().statusCode(200).body("status", equalTo("ended"));
        Api.awaitEvent("limber.plan.ended.v1", id);
    }

    @Test
    void aPlanTheAthleteScheduledNamesNoCoach() throws Exception {
        String athlete = newUser();
        String id = Plans.create(athlete(athlete));
        athlete(athlete).get("/plans/" + id).then().body("assignedBy", nullValue());
        assertFalse(JSON.readTree(Api.awaitEvent("limber.plan.scheduled.v1", id).value()).has("assignedBy"),
                "assignedBy is left out, as in the records written before coaching");
    }

    @Test
    void withoutTheAssignPlansScopeTheAthleteDoesNotExistForTheCoach() {
        String coach = newUser();
        String watched = newUser();
        Coaching.link(watched, coach, VIEW_PROGRESS);
        String stranger = newUser();
        Plans.create(athlete(stranger));

        String refused = coach(coach).body(Plans.openEnded()).post("/coach/athletes/" + watched + "/plans")
                .then().statusCode(404).contentType(PROBLEM).extract().path("detail");
        String missing = coach(coach).body(Plans.openEnded()).post("/coach/athletes/" + stranger + "/plans")
                .then().statusCode(404).contentType(PROBLEM).extract().path("detail");
        assertEquals(refused.replace(watched, "ATHLETE"), missing.replace(stranger, "ATHLETE"));
        coach(coach).get("/coach/athletes/" + stranger + "/plans").then().statusCode(404);
        athlete(watched).get("/plans").then().body("total", equalTo(0));
    }

    @Test
    void aCoachAssignsTheirOwnRoutineWhichTheAthleteMayThenReadAndTrainWith() throws Exception {
        String coach = newUser();
        String athlete = newUser();
        Coaching.link(athlete, coach, ASSIGN_PLANS);
        String routine = Routines.create(coach(coach), Routines.body("Coach's hips"));
        athlete(athlete).get("/routines/" + routine).then().statusCode(404);

        String plan = coach(coach).body(Plans.body(routine, 2, "UTC", "2026-11-23", null))
                .post("/coach/athletes/" + athlete + "/plans").then().statusCode(201).extract().path("id");

        athlete(athlete).get("/routines/" + routine).then().statusCode(200).body("name", equalTo("Coach's hips"));
        athlete(athlete).body(Routines.body("Mine now")).put("/routines/" + routine).then().statusCode(403)
                .contentType(PROBLEM);
        String session = athlete(athlete).body(Sessions.body(plan).replace(Plans.WARM_UP_TEMPLATE, routine))
                .post("/sessions").then().statusCode(201).extract().path("id");
        assertEquals(routine, JSON.readTree(Api.awaitEvent("limber.session.completed.v1", session).value())
                .get("routineId").asText());
        athlete(newUser()).get("/routines/" + routine).then().statusCode(404);
    }

    @Test
    void aCoachAssignsNeitherAnotherUsersPrivateRoutineNorTheAthletesOwn() {
        String coach = newUser();
        String athlete = newUser();
        Coaching.link(athlete, coach, ASSIGN_PLANS);
        String athletes = Routines.create(athlete(athlete), Routines.body("Athlete's own"));
        String others = Routines.create(coach(newUser()), Routines.body("Another coach's"));

        for (String routine : new String[] {athletes, others}) {
            coach(coach).body(Plans.body(routine, 2, "UTC", "2026-11-23", null))
                    .post("/coach/athletes/" + athlete + "/plans").then().statusCode(400)
                    .body("errors[0].field", equalTo("routineId"));
        }
    }

    @Test
    void anAssignedPlanIsCheckedLikeAnyPlan() {
        String coach = newUser();
        String athlete = newUser();
        Coaching.link(athlete, coach, ASSIGN_PLANS);
        coach(coach).body(Plans.openEnded().replace("\"weeklyTarget\":3", "\"weeklyTarget\":15"))
                .post("/coach/athletes/" + athlete + "/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("weeklyTarget"))
                .body("errors[0].message", equalTo("must be a whole number from 1 to 14"));
        coach(coach).body(Plans.body(Plans.WARM_UP_TEMPLATE, 3, "Europe/Berlin", "1999-01-01", null))
                .post("/coach/athletes/" + athlete + "/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("startsOn"));
    }

    @Test
    void aRevokedCoachNoLongerReachesThePlansTheyAssigned() {
        String coach = newUser();
        String athlete = newUser();
        Coaching.link(athlete, coach, ASSIGN_PLANS);
        String plan = coach(coach).body(Plans.openEnded()).post("/coach/athletes/" + athlete + "/plans")
                .then().statusCode(201).extract().path("id");

        athlete(athlete).delete("/me/coaches/" + coach).then().statusCode(204);

        coach(coach).get("/coach/athletes/" + athlete + "/plans/" + plan).then().statusCode(404).contentType(PROBLEM);
        athlete(athlete).get("/plans/" + plan).then().statusCode(200).body("assignedBy", equalTo(coach));
    }
}
