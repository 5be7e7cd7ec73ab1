package app.limber.routine.privacy;

import app.limber.routine.support.CatalogEvents;
import app.limber.routine.support.Coaching;
import app.limber.routine.support.Plans;
import app.limber.routine.support.Routines;
import app.limber.routine.support.Sessions;
import app.limber.testing.Rfc4180;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import io.quarkus.test.junit.QuarkusTest;

import java.util.List;
import java.util.Map;

import static app.limber.routine.support.Api.admin;
import static app.limber.routine.support.Api.as;
import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.coach;
import static app.limber.routine.support.Api.newUser;
import static app.limber.routine.support.Coaching.ASSIGN_PLANS;
import static app.limber.routine.support.Coaching.VIEW_PROGRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user takes away everything routine holds about them, as JSON and their sessions as CSV; an admin may do it for them. */
@QuarkusTest
class ExportApiTest {

    @BeforeEach
    void catalogKnown() {
        CatalogEvents.ensureSeedCatalog();
    }

    @Test
    void theExportHoldsEveryKindOfTheUsersDataAndNobodyElses() {
        String user = newUser();
        String routine = Routines.create(athlete(user), Routines.body("Canary hips, daily"));
        String doomed = Routines.create(athlete(user), Routines.body("deleted routine"));
        athlete(user).delete("/routines/" + doomed).then().statusCode(204);
        String plan = Plans.create(athlete(user));
        String pause = athlete(user).body("{\"startsOn\":\"2026-12-01\",\"endsOn\":\"2026-12-14\"}")
                .post("/plans/" + plan + "/pauses").then().statusCode(201).extract().path("id");
        String session = athlete(user).body(Sessions.body(plan)).post("/sessions").then().statusCode(201).extract().path("id");
        String coach = newUser();
        Coaching.link(user, coach, VIEW_PROGRESS);
        String athlete = newUser();
        Coaching.link(athlete, user, ASSIGN_PLANS);
        Coaching.invite(user);
        String other = newUser();
        Plans.create(athlete(other));
        athlete(other).body(Sessions.body(null)).post("/sessions").then().statusCode(201);

        JsonPath export = athlete(user).get("/me/export").then().statusCode(200).extract().jsonPath();

        assertEquals(user, export.getString("userId"));
        assertEquals(List.of(routine), export.getList("routines.id"));
        assertEquals("Canary hips, daily", export.getString("routines[0].name"));
        assertEquals(List.of(doomed), export.getList("deletedRoutines.id"));
        assertEquals(List.of(plan), export.getList("plans.id"));
        assertEquals(List.of(pause), export.getList("plans[0].pauses.id"));
        assertEquals(List.of(session), export.getList("sessions.id"));
        assertEquals(List.of("leg-swings", "clamshells", "clamshells"), export.getList("sessions[0].exercises.exerciseSlug"));
        assertEquals(List.of(coach), export.getList("coaches.coachId"));
        assertEquals(List.of(athlete), export.getList("athletes.athleteId"));
        assertEquals(List.of(List.of(ASSIGN_PLANS)), export.getList("athletes.scopes"));
        assertEquals(2, export.getList("invitations").size(), "the one the athlete used and the open one");
        assertTrue(export.getString("invitations[0].usedAt") != null);
    }

    @Test
    void sessionsAreAlsoCsvOneLinePerExerciseEntry() {
        String user = newUser();
        String plan = Plans.create(athlete(user));
        String session = athlete(user).body(Sessions.body(plan)).post("/sessions").then().statusCode(201).extract().path("id");

        String csv = athlete(user).accept("text/csv").get("/me/export/sessions.csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();

        List<List<String>> rows = Rfc4180.parse(csv);
        assertEquals(List.of("sessionId", "routineId", "planId", "purpose", "startedAt", "completedAt", "timeZone",
                "localDate", "durationSeconds", "effort", "discomfort", "position", "exerciseSlug", "side", "setsDone",
                "repsDone", "holdSeconds", "completed"), rows.get(0));
        assertEquals(4, rows.size(), "a header and the session's three entries");
        Map<String, Object> view = athlete(user).get("/sessions/" + session).then().statusCode(200).extract().jsonPath().getMap("");
        List<String> second = rows.get(2);
        assertEquals(List.of(session, Plans.WARM_UP_TEMPLATE, plan, "warm-up", view.get("startedAt"), view.get("completedAt"),
                "America/Los_Angeles", view.get("localDate"), "735", "6", "", "2", "clamshells", "left", "1", "15", "0",
                "true"), second);
        assertTrue(csv.endsWith("\r\n") && !csv.replace("\r\n", "").contains("\n"), "RFC 4180 line ends");
    }

    @Test
    void anAdminExportsAUserAsTheUserWouldACoachCannot() {
        String user = newUser();
        String coach = newUser();
        Coaching.link(user, coach, VIEW_PROGRESS, ASSIGN_PLANS);
        Plans.create(athlete(user));
        athlete(user).body(Sessions.body(null)).post("/sessions").then().statusCode(201);

        JsonPath own = athlete(user).get("/me/export").then().statusCode(200).extract().jsonPath();
        JsonPath byAdmin = admin(newUser()).get("/admin/users/" + user + "/export").then().statusCode(200).extract().jsonPath();
        assertEquals(own.getList("sessions"), byAdmin.getList("sessions"));
        assertEquals(own.getList("plans.id"), byAdmin.getList("plans.id"));
        assertEquals(athlete(user).get("/me/export/sessions.csv").asString(),
                admin(newUser()).get("/admin/users/" + user + "/export/sessions.csv").asString());

        coach(coach).get("/admin/users/" + user + "/export").then().statusCode(403);
        coach(coach).get("/admin/users/" + user + "/export/sessions.csv").then().statusCode(403);
        JsonPath coachsOwn = coach(coach).get("/me/export").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), coachsOwn.getList("sessions"), "a coach's own export holds none of the athlete's sessions");
        assertEquals(List.of(user), coachsOwn.getList("athletes.athleteId"));
    }

    @Test
    void anIdNobodyUsedExportsNothingAndABadIdIsRefused() {
        JsonPath nobody = as(newUser(), "admin").get("/admin/users/nobody-" + newUser() + "/export").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(), nobody.getList("sessions"));
        as(newUser(), "admin").urlEncodingEnabled(false).get("/admin/users/%01x/export").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("id"));
    }
}
