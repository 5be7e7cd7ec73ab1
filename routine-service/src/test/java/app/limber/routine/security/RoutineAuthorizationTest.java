package app.limber.routine.security;

import app.limber.routine.support.CatalogEvents;
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

import java.util.List;
import java.util.Map;

import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.newUser;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who may call what: routine reads are public, everything else needs an athlete or admin token. */
@QuarkusTest
class RoutineAuthorizationTest {

    static final AccessTable ACCESS = new AccessTable()
            .open("GET /routines", "GET /routines/{id}")
            .roles("POST /routines", "athlete", "admin")
            .roles("PUT /routines/{id}", "athlete", "admin")
            .roles("DELETE /routines/{id}", "athlete", "admin")
            .roles("POST /routines/compose", "athlete", "admin")
            .roles("GET /plans", "athlete", "admin")
            .roles("GET /plans/{id}", "athlete", "admin")
            .roles("POST /plans", "athlete", "admin")
            .roles("DELETE /plans/{id}", "athlete", "admin")
            .roles("GET /sessions", "athlete", "admin")
            .roles("GET /sessions/{id}", "athlete", "admin")
            .roles("POST /sessions", "athlete", "admin")
            .roles("DELETE /sessions/{id}", "athlete", "admin");

    @BeforeEach
    void catalogKnown() {
        CatalogEvents.ensureSeedCatalog();
    }

    @Test
    void everyDocumentedOperationAdmitsExactlyItsRoles() {
        String user = newUser();
        String routine = Routines.create(athlete(user), Routines.body("matrix routine"));
        String plan = Plans.create(athlete(user));
        OpenApiDocument document = OpenApiDocument.fetch();

        new AuthorizationMatrix(document, ACCESS, user,
                operation -> Map.of("id", resourceFor(operation, user, routine, plan))).assertEveryOperationGuarded();
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
        if (operation.path().startsWith("/routines/")) {
            return delete ? Routines.create(athlete(user), Routines.body("doomed routine")) : routine;
        }
        if (operation.path().startsWith("/plans/")) {
            return plan;
        }
        return athlete(user).body(Sessions.body(null)).post("/sessions").then().statusCode(201).extract().path("id");
    }
}
