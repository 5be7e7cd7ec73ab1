package app.limber.progress.security;

import app.limber.testing.security.AccessTable;
import app.limber.testing.security.AuthorizationMatrix;
import app.limber.testing.security.OpenApiDocument;
import app.limber.testing.security.OpenEndpoints;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who may call what: own statistics for any signed-in user, the coach view for coaches, analytics for analysts and
 * admins, rebuild for admins.
 */
@QuarkusTest
class ProgressAuthorizationTest {

    static final AccessTable ACCESS = new AccessTable()
            .authenticated("GET /progress/me", "GET /progress/me/calendar", "GET /progress/me/weeks", "GET /progress/me/areas",
                    "GET /progress/me/milestones", "GET /progress/me/nudges", "PUT /progress/me/nudges")
            .roles("GET /coach/athletes", "coach")
            .roles("GET /coach/athletes/{athleteId}/progress", "coach")
            .roles("GET /coach/athletes/{athleteId}/calendar", "coach")
            .roles("GET /coach/athletes/{athleteId}/weeks", "coach")
            .roles("GET /coach/athletes/{athleteId}/areas", "coach")
            .roles("GET /coach/athletes/{athleteId}/alerts", "coach")
            .roles("POST /coach/athletes/{athleteId}/alerts/{alertId}/ack", "coach")
            .roles("GET /analytics/adherence", "analyst", "admin")
            .roles("GET /analytics/cohorts", "analyst", "admin")
            .roles("GET /analytics/routines/{routineId}/items", "analyst", "admin")
            .roles("GET /analytics/exercises", "analyst", "admin")
            .roles("POST /admin/rebuild", "admin")
            .authenticated("GET /me/export")
            .roles("GET /admin/users/{id}/export", "admin");

    @Test
    void everyDocumentedOperationAdmitsExactlyItsRoles() {
        OpenApiDocument document = OpenApiDocument.fetch();

        new AuthorizationMatrix(document, ACCESS, "matrix-user",
                operation -> Map.of("athleteId", "matrix-athlete", "alertId", UUID.randomUUID().toString(), "id", "matrix-user",
                        "routineId", UUID.randomUUID().toString()))
                .assertEveryOperationGuarded();
    }

    @Test
    void healthAndOpenApiNeedNoToken() {
        assertEquals(List.of(), OpenEndpoints.refusingAnonymous(OpenEndpoints.FRAMEWORK));
    }
}
