package app.limber.progress.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProgressApiErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "from=2026-13-01&to=2026-12-01 | from | must be a date such as 2026-12-01",
            "from=2026-11-01&to=yesterday  | to   | must be a date such as 2026-12-01",
            "to=0001-01-01                 | to   | must be a date from 1970-01-01 to 9999-12-31",
            "from=2026-11-02&to=2026-11-01 | to   | must not be before from",
            "from=2025-01-01&to=2026-01-02 | to   | must be at most 366 days after from"})
    void aBadCalendarRangeIsA400NamingTheParameterInTheSharedWords(String query, String parameter, String message) {
        given().auth().oauth2(TestTokens.token("someone", "athlete"))
                .when().get("/progress/me/calendar?" + query)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void aFullYearIsAllowed() {
        given().auth().oauth2(TestTokens.token("someone", "athlete"))
                .when().get("/progress/me/calendar?from=2024-01-01&to=2024-12-31")
                .then().statusCode(200)
                .body("days.size()", equalTo(366));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/progress/me?userId=someone-else                  | userId",
            "/progress/me/calendar?from=2026-11-01&until=2026-11-30 | until",
            "/progress/me/calendar?From=2026-11-01             | From",
            "/progress/me/areas?area=calves                    | area"})
    void anUnknownParameterIs400NamingIt(String uri, String parameter) {
        given().auth().oauth2(TestTokens.token("someone", "athlete"))
                .when().get(uri)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].message", equalTo("is not a known parameter"));
    }

    @ParameterizedTest
    @CsvSource({"/progress/me", "/progress/me/calendar", "/progress/me/areas", "/analytics/adherence", "/analytics/cohorts"})
    void withoutAValidTokenIsA401(String path) {
        given().when().get(path).then().statusCode(401).contentType("application/problem+json");
        given().queryParam("bogus", "1").when().get(path).then().statusCode(401).contentType("application/problem+json");
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
