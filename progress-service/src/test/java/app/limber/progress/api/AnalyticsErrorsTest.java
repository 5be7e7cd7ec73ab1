package app.limber.progress.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class AnalyticsErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/analytics/adherence?routineId=not-a-uuid | routineId",
            "/analytics/adherence?from=2026-11-30&to=2026-11-01 | from",
            "/analytics/adherence?from=2020-01-01&to=2026-11-01 | to",
            "/analytics/cohorts?from=21.11.2026 | from",
            "/analytics/cohorts?weeks=0 | weeks",
            "/analytics/cohorts?weeks=53 | weeks"})
    void badParametersAre400NamingTheParameter(String uri, String parameter) {
        analyst().when().get(uri).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(parameter));
    }

    @ParameterizedTest
    @CsvSource({"/analytics/adherence", "/analytics/cohorts"})
    void athletesMayNotSeeAnalyticsButAdminsMay(String path) {
        given().auth().oauth2(TestTokens.token("runner", "athlete")).when().get(path)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("boss", "admin")).when().get(path).then().statusCode(200);
    }

    private RequestSpecification analyst() {
        return given().auth().oauth2(TestTokens.token("analyst-1", "analyst"));
    }
}
