package app.limber.progress.fuzz;

import app.limber.progress.Progress;
import app.limber.progress.TestEvents;
import app.limber.testing.Database;
import app.limber.testing.TestTokens;
import app.limber.testing.security.FuzzCase;
import app.limber.testing.security.FuzzRun;
import app.limber.testing.security.OperationRequests;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Hostile query parameters on the calendars and the weeks (one's own and a coached athlete's), the milestone feed, the coach's list
 * and the analytics: never a 5xx, every 4xx a problem document naming what is wrong. These operations only read, so
 * there is no state to compare.
 */
@QuarkusTest
class QueryParameterFuzzTest {

    private static final int CASES = 150;

    @Test
    void calendar() {
        send("GET /progress/me/calendar", List.of("from", "to"), TestTokens.token("fuzz-athlete", "athlete"));
    }

    @Test
    void weeks() {
        send("GET /progress/me/weeks", List.of("from", "to"), TestTokens.token("fuzz-athlete", "athlete"));
    }

    @Test
    void milestones() {
        send("GET /progress/me/milestones", List.of("from", "to", "page", "size"), TestTokens.token("fuzz-athlete", "athlete"));
    }

    @Test
    void coachedAthletesCalendar() {
        String athlete = coachedAthlete();

        send("GET /coach/athletes/" + athlete + "/calendar", List.of("from", "to"), coach());
    }

    @Test
    void coachedAthletesWeeks() {
        String athlete = coachedAthlete();

        send("GET /coach/athletes/" + athlete + "/weeks", List.of("from", "to"), coach());
    }

    @Test
    void coachedAthletes() {
        send("GET /coach/athletes", List.of("sort", "page", "size"), coach());
    }

    @Test
    void coachedAthletesAlerts() {
        String athlete = coachedAthlete();

        send("GET /coach/athletes/" + athlete + "/alerts", List.of("page", "size"), coach());
        List<FuzzCase> acks = HostileQueries.draw(HostileQueries.value(), CASES).stream()
                .filter(id -> !id.isEmpty())
                .map(id -> FuzzCase.bodiless("alertId " + id, "POST",
                        "/coach/athletes/" + athlete + "/alerts/" + OperationRequests.encode(id) + "/ack"))
                .toList();
        FuzzRun.send("POST /coach/athletes/{athleteId}/alerts/{alertId}/ack", acks, coach(),
                () -> Database.rows("select id, acknowledged_at from coach_alert where athlete_id = ? order by id",
                        athlete)).assertClean();
    }

    @Test
    void athleteIdsACoachMayAskFor() {
        for (String operation : List.of("progress", "calendar", "weeks", "areas", "alerts")) {
            List<FuzzCase> cases = HostileQueries.draw(HostileQueries.value(), CASES).stream()
                    .filter(id -> !id.isEmpty())
                    .map(id -> FuzzCase.bodiless("athleteId " + id, "GET",
                            "/coach/athletes/" + OperationRequests.encode(id) + "/" + operation))
                    .toList();
            FuzzRun.send("GET /coach/athletes/{athleteId}/" + operation, cases, coach(), () -> "").assertClean();
        }
    }

    @Test
    void exports() {
        send("GET /me/export", List.of("page"), TestTokens.token("fuzz-athlete", "athlete"));
        List<FuzzCase> cases = HostileQueries.draw(HostileQueries.value(), CASES).stream()
                .filter(id -> !id.isEmpty())
                .map(id -> FuzzCase.bodiless("id " + id, "GET", "/admin/users/" + OperationRequests.encode(id) + "/export"))
                .toList();
        FuzzRun.send("GET /admin/users/{id}/export", cases, TestTokens.token("fuzz-admin", "admin"), () -> "").assertClean();
    }

    @Test
    void adherence() {
        send("GET /analytics/adherence", List.of("routineId", "from", "to", "groupBy"),
                TestTokens.token("fuzz-analyst", "analyst"));
    }

    @Test
    void exercises() {
        send("GET /analytics/exercises", List.of("routineId", "from", "to"), TestTokens.token("fuzz-analyst", "analyst"));
    }

    @Test
    void routineItems() {
        String token = TestTokens.token("fuzz-analyst", "analyst");
        List<FuzzCase> routines = HostileQueries.draw(HostileQueries.value(), CASES).stream()
                .filter(id -> !id.isEmpty())
                .map(id -> FuzzCase.bodiless("routineId " + id, "GET",
                        "/analytics/routines/" + OperationRequests.encode(id) + "/items"))
                .toList();
        FuzzRun.send("GET /analytics/routines/{routineId}/items", routines, token, () -> "").assertClean();
        send("GET /analytics/routines/" + UUID.randomUUID() + "/items", List.of("from", "to"), token);
    }

    @Test
    void cohorts() {
        send("GET /analytics/cohorts", List.of("routineId", "from", "to", "weeks"), TestTokens.token("fuzz-analyst", "analyst"));
    }

    private static String coach() {
        return TestTokens.token("fuzz-coach", "coach");
    }

    /** A new athlete who granted the fuzzing coach view-progress, once the grant is applied. */
    private static String coachedAthlete() {
        String athlete = TestEvents.user("fuzz-athlete");
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(athlete, "fuzz-coach", "view-progress"));
        Awaitility.await().atMost(Progress.DEADLINE).untilAsserted(() -> given().auth().oauth2(coach())
                .get("/coach/athletes/" + athlete + "/progress").then().statusCode(200));
        return athlete;
    }

    private static void send(String operation, List<String> parameters, String token) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        List<FuzzCase> cases = HostileQueries.over(parameters, CASES).stream()
                .map(query -> FuzzCase.bodiless(query, "GET", path + query)).toList();
        FuzzRun.send(operation, cases, token, () -> "").assertClean();
    }
}
