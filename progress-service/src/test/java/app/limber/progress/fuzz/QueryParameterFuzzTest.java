package app.limber.progress.fuzz;

import app.limber.testing.TestTokens;
import app.limber.testing.security.FuzzCase;
import app.limber.testing.security.FuzzRun;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * Hostile query parameters on the calendar, the milestone feed and the analytics: never a 5xx, every 4xx a problem document naming what
 * is wrong. These operations only read, so there is no state to compare.
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
