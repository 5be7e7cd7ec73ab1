package app.limber.routine.security;

import app.limber.routine.support.Api;
import app.limber.routine.support.CatalogEvents;
import app.limber.routine.support.Coaching;
import app.limber.routine.support.Plans;
import app.limber.routine.support.Routines;
import app.limber.routine.support.Sessions;
import app.limber.testing.security.AccessTable;
import app.limber.testing.security.ApiOperation;
import app.limber.testing.security.AuthorizationMatrix;
import app.limber.testing.security.OpenApiDocument;
import app.limber.testing.security.OpenEndpoints;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.newUser;
import static app.limber.routine.support.Coaching.ASSIGN_PLANS;
import static app.limber.routine.support.Coaching.VIEW_PROGRESS;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who may call what: routine reads are public; routine writes need an athlete, coach or admin token; plans,
 * sessions and the athlete's side of coaching an athlete or admin; the coach's side a coach, and an athlete's sessions
 * a coach or admin.
 */
@QuarkusTest
class RoutineAuthorizationTest {

    static final AccessTable ACCESS = new AccessTable()
            .open("GET /routines", "GET /routines/{id}")
            .roles("POST /routines", "athlete", "coach", "admin")
            .roles("PUT /routines/{id}", "athlete", "coach", "admin")
            .roles("DELETE /routines/{id}", "athlete", "coach", "admin")
            .roles("POST /routines/compose", "athlete", "coach", "admin")
            .roles("GET /plans", "athlete", "admin")
            .roles("GET /plans/{id}", "athlete", "admin")
            .roles("POST /plans", "athlete", "admin")
            .roles("DELETE /plans/{id}", "athlete", "admin")
            .roles("POST /plans/{id}/pauses", "athlete", "admin")
            .roles("GET /plans/{id}/pauses/{pauseId}", "athlete", "admin")
            .roles("DELETE /plans/{id}/pauses/{pauseId}", "athlete", "admin")
            .roles("GET /sessions", "athlete", "admin")
            .roles("GET /sessions/{id}", "athlete", "admin")
            .roles("POST /sessions", "athlete", "admin")
            .roles("DELETE /sessions/{id}", "athlete", "admin")
            .roles("GET /me/coaches", "athlete", "admin")
            .roles("POST /me/coaches", "athlete", "admin")
            .roles("GET /me/coaches/{coachId}", "athlete", "admin")
            .roles("DELETE /me/coaches/{coachId}", "athlete", "admin")
            .roles("POST /coach/invitations", "coach")
            .roles("DELETE /coach/athletes/{athleteId}", "coach")
            .roles("GET /coach/athletes/{athleteId}/plans", "coach")
            .roles("POST /coach/athletes/{athleteId}/plans", "coach")
            .roles("GET /coach/athletes/{athleteId}/plans/{planId}", "coach")
            .roles("POST /coach/athletes/{athleteId}/plans/{planId}/pauses", "coach")
            .roles("GET /coach/athletes/{athleteId}/plans/{planId}/pauses/{pauseId}", "coach")
            .roles("DELETE /coach/athletes/{athleteId}/plans/{planId}/pauses/{pauseId}", "coach")
            .roles("GET /coach/athletes/{athleteId}/sessions", "coach", "admin")
            .authenticated("GET /me/export", "GET /me/export/sessions.csv")
            .roles("GET /admin/users/{id}/export", "admin")
            .roles("GET /admin/users/{id}/export/sessions.csv", "admin")
            .authenticated("DELETE /me", "GET /erasures/{requestId}")
            .roles("DELETE /admin/users/{id}", "admin");

    @BeforeEach
    void catalogKnown() {
        CatalogEvents.ensureSeedCatalog();
    }

    /**
     * The matrix user is an athlete with a routine, a paused plan and a coach, and a coach of another athlete
     * (with a plan and a pause of their own), so that every admitted role reaches something real.
     */
    @Test
    void everyDocumentedOperationAdmitsExactlyItsRoles() {
        String user = newUser();
        String routine = Routines.create(athlete(user), Routines.body("matrix routine"));
        String plan = Plans.create(athlete(user));
        String pause = pause(user, plan);
        String coach = newUser();
        Coaching.link(user, coach, VIEW_PROGRESS);
        String athlete = newUser();
        Coaching.link(athlete, user, ASSIGN_PLANS, VIEW_PROGRESS);
        String athletesPlan = Plans.create(athlete(athlete));
        String athletesPause = pause(athlete, athletesPlan);
        OpenApiDocument document = OpenApiDocument.fetch();
        String erasure = Api.admin(newUser()).delete("/admin/users/" + newUser()).then().statusCode(202).extract().path("id");

        new AuthorizationMatrix(document, ACCESS, user, operation -> {
            boolean coaching = operation.path().startsWith("/coach/");
            Map<String, String> values = new HashMap<>();
            for (String parameter : operation.pathParameters()) {
                values.put(parameter, switch (parameter) {
                    case "id" -> resourceFor(operation, user, routine, plan);
                    case "pauseId" -> coaching ? athletesPause : pause;
                    case "requestId" -> erasure;
                    case "planId" -> athletesPlan;
                    case "coachId" -> operation.method().equals("DELETE") ? freshCoachOf(user) : coach;
                    case "athleteId" -> operation.key().equals("DELETE /coach/athletes/{athleteId}") ? freshAthleteOf(user) : athlete;
                    default -> throw new IllegalArgumentException(operation + ": unexpected path parameter " + parameter);
                });
            }
            return values;
        }).subjects(operation -> operation.key().equals("DELETE /me") ? newUser() : user).assertEveryOperationGuarded();
    }

    @Test
    void healthAndOpenApiNeedNoToken() {
        assertEquals(List.of(), OpenEndpoints.refusingAnonymous(OpenEndpoints.FRAMEWORK));
    }

    /**
     * The user's own resources, so that an admitted role is never refused for ownership; a delete gets a fresh one
     * each time, so that it acts on something that still exists.
     */
    private static String resourceFor(ApiOperation operation, String user, String routine, String plan) {
        boolean delete = operation.method().equals("DELETE");
        if (operation.path().startsWith("/admin/users/")) {
            // erasing the matrix user would take away what the other operations reach
            return operation.key().equals("DELETE /admin/users/{id}") ? newUser() : user;
        }
        if (operation.path().startsWith("/routines/")) {
            return delete ? Routines.create(athlete(user), Routines.body("doomed routine")) : routine;
        }
        if (operation.path().startsWith("/plans/")) {
            return plan;
        }
        return athlete(user).body(Sessions.body(null)).post("/sessions").then().statusCode(201).extract().path("id");
    }

    private static String pause(String user, String plan) {
        return athlete(user).body("{\"startsOn\":\"2026-12-01\",\"endsOn\":\"2026-12-14\"}").post("/plans/" + plan + "/pauses")
                .then().statusCode(201).extract().path("id");
    }

    /** A new coach of the user, for an operation that ends the relationship. */
    private static String freshCoachOf(String user) {
        String coach = newUser();
        Coaching.link(user, coach, VIEW_PROGRESS);
        return coach;
    }

    /** A new athlete of the user as coach, for an operation that ends the relationship. */
    private static String freshAthleteOf(String user) {
        String athlete = newUser();
        Coaching.link(athlete, user, VIEW_PROGRESS);
        return athlete;
    }
}
