package app.limber.progress.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProgressApiErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "from=2026-13-01&to=2026-12-01 | from",
            "from=2026-11-01&to=yesterday  | to",
            "from=2026-11-02&to=2026-11-01 | from",
            "from=2025-01-01&to=2026-01-02 | to"})
    void aBadCalendarRangeIsA400NamingTheParameter(String query, String parameter) {
        given().auth().oauth2(TestTokens.token("someone", "athlete"))
                .when().get("/progress/me/calendar?" + query)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter));
    }

    @Test
    void aFullYearIsAllowed() {
        given().auth().oauth2(TestTokens.token("someone", "athlete"))
                .when().get("/progress/me/calendar?from=2024-01-01&to=2024-12-31")
                .then().statusCode(200)
                .body("days.size()", equalTo(366));
    }

    @ParameterizedTest
    @CsvSource({"/progress/me", "/progress/me/calendar", "/progress/me/areas", "/analytics/adherence", "/analytics/cohorts"})
    void withoutAValidTokenIsA401(String path) {
        given().when().get(path).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.expired("someone", "analyst")).when().get(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.badSignature("someone", "analyst")).when().get(path).then().statusCode(401);
    }

    @Test
    void anyRoleReadsItsOwnProgress() {
        for (String role : new String[] {"athlete", "analyst", "admin"}) {
            given().auth().oauth2(TestTokens.token("role-" + role, role)).when().get("/progress/me")
                    .then().statusCode(200).body("userId", equalTo("role-" + role));
        }
    }
}
