package app.limber.routine.api;

import app.limber.platform.api.PageRequest;
import app.limber.routine.support.CatalogEvents;
import app.limber.routine.support.Coaching;
import app.limber.routine.support.Plans;
import app.limber.routine.support.Routines;
import app.limber.routine.support.Sessions;
import app.limber.routine.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static app.limber.routine.support.Api.admin;
import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.coach;
import static app.limber.routine.support.Api.newUser;
import static app.limber.routine.support.Coaching.ASSIGN_PLANS;
import static app.limber.routine.support.Coaching.VIEW_PROGRESS;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A coach reads the sessions of an athlete who lets them see their progress: newest first, paged, each with its day,
 * routine, duration, effort, discomfort and exercises; nobody else does, and a revoked grant ends it at once.
 */
@QuarkusTest
class CoachSessionApiTest {

    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void catalog() {
        CatalogEvents.ensureSeedCatalog();
    }

    @Test
    void aCoachWithViewProgressSeesTheAthletesSessionsNewestFirstWithEffortAndDiscomfort() {
        String coach = newUser();
        String athlete = newUser();
        Coaching.link(athlete, coach, VIEW_PROGRESS);
        String own = Routines.create(athlete(athlete), Routines.body("Athlete's private hips"));
        String older = record(athlete, Sessions.body(null), 4, null);
        String newer = record(athlete, Sessions.body(null, TestClock.NOW.minus(2, ChronoUnit.HOURS).minusSeconds(600),
                TestClock.NOW.minus(2, ChronoUnit.HOURS), "Europe/Berlin").replace(Plans.WARM_UP_TEMPLATE, own), 7, 8);

        coach(coach).get("/coach/athletes/" + athlete + "/sessions").then().statusCode(200)
                .body("total", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.id", contains(newer, older))
                .body("items[0].localDate", equalTo("2026-11-25"))
                .body("items[0].routineId", equalTo(own))
                .body("items[0].routineName", equalTo("Athlete's private hips"))
                .body("items[0].durationSeconds", equalTo(600))
                .body("items[0].effort", equalTo(7))
                .body("items[0].discomfort", equalTo(8))
                .body("items[1].localDate", equalTo("2026-11-24"))
                .body("items[1].routineName", equalTo("7 Hip Mobility Exercises for Runners"))
                .body("items[1].durationSeconds", equalTo(735))
                .body("items[1].effort", equalTo(4))
                .body("items[1].discomfort", nullValue())
                .body("items[1].exercises.exerciseSlug", contains("leg-swings", "clamshells", "clamshells"))
                .body("items[1].exercises.side", contains("both", "left", "right"))
                .body("items[1].exercises.completed", contains(true, true, false));
    }

    @Test
    void pagesAndDateRangesWorkAsOnTheAthletesOwnList() {
        String coach = newUser();
        String athlete = newUser();
        Coaching.link(athlete, coach, VIEW_PROGRESS);
        List<String> ids = new ArrayList<>();
        for (int daysAgo = 5; daysAgo >= 1; daysAgo--) {
            Instant completed = TestClock.NOW.minus(daysAgo, ChronoUnit.DAYS);
            ids.add(0, record(athlete, Sessions.body(null, completed.minusSeconds(900), completed, "UTC"), 5, null));
        }
        coach(coach).queryParam("size", 2).queryParam("page", 1).get("/coach/athletes/" + athlete + "/sessions")
                .then().statusCode(200).body("total", equalTo(5)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.id", contains(ids.get(2), ids.get(3)));
        coach(coach).queryParam("page", 3).queryParam("size", 2).get("/coach/athletes/" + athlete + "/sessions")
                .then().statusCode(200).body("total", equalTo(5)).body("items", empty());
        coach(coach).queryParam("from", "2026-11-21").queryParam("to", "2026-11-23").get("/coach/athletes/" + athlete + "/sessions")
                .then().statusCode(200).body("total", equalTo(3))
                .body("items.localDate", contains("2026-11-23", "2026-11-22", "2026-11-21"));
    }

    @Test
    void badParametersAreRefusedNamingTheField() {
        String coach = newUser();
        String athlete = newUser();
        Coaching.link(athlete, coach, VIEW_PROGRESS);
        String path = "/coach/athletes/" + athlete + "/sessions";
        expect400(coach(coach).queryParam("from", "25.11.2026").get(path), "from", "must be a date such as 2026-12-01");
        expect400(coach(coach).queryParam("from", "2026-11-25").queryParam("to", "2026-11-01").get(path), "to",
                "must not be before from");
        expect400(coach(coach).queryParam("size", 101).get(path), "size", "must be a whole number from 1 to 100");
        expect400(coach(coach).queryParam("page", -1).get(path), "page", "must be a whole number from 0 to " + PageRequest.MAX_PAGE);
        expect400(coach(coach).queryParam("form", "2026-11-01").get(path), "form", "is not a known parameter");
    }

    @Test
    void withoutViewProgressOrAfterARevokeTheAthleteDoesNotExistForTheCoach() {
        String coach = newUser();
        String planner = newUser();
        Coaching.link(planner, coach, ASSIGN_PLANS);
        record(planner, Sessions.body(null), 6, 2);
        String stranger = newUser();
        record(stranger, Sessions.body(null), 6, 2);
        String watched = newUser();
        Coaching.link(watched, coach, VIEW_PROGRESS);
        record(watched, Sessions.body(null), 6, 2);
        coach(coach).get("/coach/athletes/" + watched + "/sessions").then().statusCode(200).body("total", equalTo(1));

        String missing = coach(coach).get("/coach/athletes/" + stranger + "/sessions")
                .then().statusCode(404).contentType(PROBLEM).extract().path("detail");
        String refused = coach(coach).get("/coach/athletes/" + planner + "/sessions")
                .then().statusCode(404).contentType(PROBLEM).extract().path("detail");
        assertEquals(missing.replace(stranger, "ATHLETE"), refused.replace(planner, "ATHLETE"),
                "an athlete who withheld view-progress answers exactly like a stranger");
        coach(newUser()).get("/coach/athletes/" + watched + "/sessions").then().statusCode(404).contentType(PROBLEM);

        athlete(watched).delete("/me/coaches/" + coach).then().statusCode(204);
        String revoked = coach(coach).get("/coach/athletes/" + watched + "/sessions")
                .then().statusCode(404).contentType(PROBLEM).extract().path("detail");
        assertEquals(missing.replace(stranger, "ATHLETE"), revoked.replace(watched, "ATHLETE"));
    }

    @Test
    void anAthleteIsRefusedAndAnAdminReadsAnyUsersSessions() {
        String athlete = newUser();
        String session = record(athlete, Sessions.body(null), 6, 3);
        athlete(athlete).get("/coach/athletes/" + athlete + "/sessions").then().statusCode(403).contentType(PROBLEM);
        athlete(newUser()).get("/coach/athletes/" + athlete + "/sessions").then().statusCode(403).contentType(PROBLEM);
        admin(newUser()).get("/coach/athletes/" + athlete + "/sessions").then().statusCode(200)
                .body("items.id", contains(session)).body("items[0].discomfort", equalTo(3));
    }

    private static String record(String athlete, String body, int effort, Integer discomfort) {
        String withEffort = body.replace("\"effort\":6", "\"effort\":" + effort
                + (discomfort == null ? "" : ",\"discomfort\":" + discomfort));
        return athlete(athlete).body(withEffort).post("/sessions").then().statusCode(201).extract().path("id");
    }

    private static void expect400(io.restassured.response.Response response, String field, String message) {
        response.then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo(field)).body("errors[0].message", equalTo(message));
    }
}
