package app.limber.progress.fuzz;

import app.limber.progress.Progress;
import app.limber.progress.TestEvents;
import app.limber.testing.TestTokens;
import app.limber.testing.security.FuzzCase;
import app.limber.testing.security.FuzzRun;
import app.limber.testing.security.OperationRequests;
import io.quarkus.test.junit.QuarkusTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;

/**
 * Hostile query parameters on the calendars (one's own and a coached athlete's), the milestone feed, the coach's list
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
    void milestones() {
        send("GET /progress/me/milestones", List.of("from", "to", "page", "size"), TestTokens.token("fuzz-athlete", "athlete"));
    }

    @Test
    void coachedAthletesCalendar() {
        String athlete = TestEvents.user("fuzz-athlete");
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(athlete, "fuzz-coach", "view-progress"));
        String token = TestTokens.token("fuzz-coach", "coach");
        Awaitility.await().atMost(Progress.DEADLINE).untilAsserted(() -> given().auth().oauth2(token)
                .get("/coach/athletes/" + athlete + "/calendar").then().statusCode(200));

        send("GET /coach/athletes/" + athlete + "/calendar", List.of("from", "to"), token);
    }

    @Test
    void coachedAthletes() {
        send("GET /coach/athletes", List.of("page", "size"), TestTokens.token("fuzz-coach", "coach"));
    }

    @Test
    void athleteIdsACoachMayAskFor() {
        String token = TestTokens.token("fuzz-coach", "coach");
        for (String operation : List.of("progress", "calendar", "areas")) {
            List<FuzzCase> cases = HostileQueries.draw(HostileQueries.value(), CASES).stream()
                    .filter(id -> !id.isEmpty())
                    .map(id -> FuzzCase.bodiless("athleteId " + id, "GET",
                            "/coach/athletes/" + OperationRequests.encode(id) + "/" + operation))
                    .toList();
            FuzzRun.send("GET /coach/athletes/{athleteId}/" + operation, cases, token, () -> "").assertClean();
        }
    }

    @Test
    void adherence() {
        send("GET /analytics/adherence", List.of("routineId", "from", "to"), TestTokens.token("fuzz-analyst", "analyst"));
    }

    @Test
    void cohorts() {
        send("GET /analytics/cohorts", List.of("routineId", "from", "to", "weeks"), TestTokens.token("fuzz-analyst", "analyst"));
    }

    private static void send(String operation, List<String> parameters, String token) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        List<FuzzCase> cases = HostileQueries.over(parameters, CASES).stream()
                .map(query -> FuzzCase.bodiless(query, "GET", path + query)).toList();
        FuzzRun.send(operation, cases, token, () -> "").assertClean();
    }
}
