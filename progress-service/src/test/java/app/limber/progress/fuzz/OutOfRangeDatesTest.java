package app.limber.progress.fuzz;

import app.limber.testing.TestTokens;
import app.limber.testing.security.ProblemResponses;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Dates Java parses but cannot shift by the default span, or PostgreSQL cannot store, must be a 400 naming the
 * parameter, not a 500 (found by QueryParameterFuzzTest).
 */
@QuarkusTest
class OutOfRangeDatesTest {

    @ParameterizedTest
    @CsvSource({
            "/progress/me/calendar, -999999999-01-01, -999999999-01-01, athlete",
            "/progress/me/calendar, +9999999-01-01, +9999999-01-01, athlete",
            "/progress/me/weeks, -999999999-01-01, -999999999-01-01, athlete",
            "/progress/me/weeks, 9999-12-31, +9999999-01-01, athlete",
            "/progress/me/milestones, -999999999-01-01, -999999999-01-01, athlete",
            "/progress/me/milestones, 2026-11-21, +999999999-12-31, athlete",
            "/analytics/adherence, 2018-10-07, +999999999-12-31, analyst",
            "/analytics/adherence, 2026-11-21T10:00:00, -999999999-01-02, analyst",
            "/analytics/adherence, +9999999-01-01, +9999999-01-01, analyst",
            "/analytics/cohorts, 2018-11-11, +999999999-12-31, analyst",
            "/analytics/cohorts, 2026-11-21T10:00:00, -999999999-01-02, analyst",
            "/analytics/cohorts, +9999999-01-01, +9999999-01-01, analyst"})
    void answersBadRequest(String path, String from, String to, String role) {
        assertEquals(Optional.empty(), ProblemResponses.mismatch(given().auth().oauth2(TestTokens.token("dates", role))
                .queryParam("from", from).queryParam("to", to).get(path), 400));
    }
}
