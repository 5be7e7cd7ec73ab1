package app.limber.progress.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class AnalyticsErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/analytics/adherence?routineId=not-a-uuid       | routineId | must be a UUID",
            "/analytics/adherence?from=2026-11-30&to=2026-11-01 | to     | must not be before from",
            "/analytics/adherence?from=2020-01-01&to=2026-11-01 | to     | must be at most 106 weeks after from",
            "/analytics/adherence?to=1969-12-31               | to       | must be a date from 1970-01-01 to 9999-12-31",
            "/analytics/cohorts?from=21.11.2026               | from     | must be a date such as 2026-12-01",
            "/analytics/cohorts?from=2024-11-01&to=2026-11-30 | to       | must be at most 106 weeks after from",
            "/analytics/cohorts?weeks=0                       | weeks    | must be a whole number from 1 to 52",
            "/analytics/cohorts?weeks=53                      | weeks    | must be a whole number from 1 to 52",
            "/analytics/cohorts?weeks=2.5                     | weeks    | must be a whole number from 1 to 52",
            "/analytics/adherence?groupBy=routine             | groupBy  | unknown value 'routine'; one of weeklyTarget",
            "/analytics/adherence?groupBy=weeklyTarget&routineId=3f6c3a4e-8a53-4d0e-9a3e-0c3c1b1f2a10 | routineId | cannot be combined with groupBy=weeklyTarget, which covers all routines",
            "/analytics/exercises?routineId=42                | routineId | must be a UUID",
            "/analytics/exercises?from=2025-11-01&to=2026-11-30 | to     | must be at most 53 weeks after from",
            "/analytics/exercises?from=2026-11-30&to=2026-11-01 | to     | must not be before from",
            "/analytics/routines/not-a-routine/items          | routineId | must be a UUID",
            "/analytics/routines/3f6c3a4e-8a53-4d0e-9a3e-0c3c1b1f2a10/items?to=someday | to | must be a date such as 2026-12-01",
            "/analytics/routines/3f6c3a4e-8a53-4d0e-9a3e-0c3c1b1f2a10/items?from=2024-01-01&to=2026-11-30 | to | must be at most 53 weeks after from"})
    void badParametersAre400NamingTheParameterInTheSharedWords(String uri, String parameter, String message) {
        analyst().when().get(uri).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].message", equalTo(message))
                .body("detail", equalTo(parameter + ": " + message));
    }

    @Test
    void exactly106WeeksAreAllowedAndOneMoreIsNot() {
        // from a Sunday of the week of Monday 2024-11-04 to a day of the 106th week, Monday 2026-11-09
        analyst().queryParam("from", "2024-11-10").queryParam("to", "2026-11-15")
                .when().get("/analytics/adherence")
                .then().statusCode(200)
                .body("weeks", hasSize(106))
                .body("weeks[105].weekStart", equalTo("2026-11-09"));
        analyst().queryParam("from", "2024-11-10").queryParam("to", "2026-11-16")
                .when().get("/analytics/adherence")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("must be at most 106 weeks after from"));
    }

    @Test
    void everyBadParameterIsNamedInOneAnswer() {
        analyst().queryParam("routineId", "42").queryParam("from", "soon").queryParam("weeks", "many")
                .when().get("/analytics/cohorts")
                .then().statusCode(400)
                .body("errors.field", contains("routineId", "from", "weeks"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/analytics/adherence?routine=3f6c3a4e-8a53-4d0e-9a3e-0c3c1b1f2a10 | routine",
            "/analytics/adherence?from=2026-11-01&week=2026-W47               | week",
            "/analytics/cohorts?weeks=4&N=4                                   | N"})
    void anUnknownParameterIs400NamingIt(String uri, String parameter) {
        analyst().when().get(uri).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(parameter))
                .body("errors[0].message", equalTo("is not a known parameter"));
    }

    @Test
    void exactly53WeeksOfItemsAndExercisesAreAllowedAndOneMoreIsNot() {
        // from Sunday 2025-11-30 (week of Monday 2025-11-24) to a day of the 53rd week, Monday 2026-11-23
        analyst().queryParam("from", "2025-11-30").queryParam("to", "2026-11-29")
                .when().get("/analytics/exercises")
                .then().statusCode(200)
                .body("from", equalTo("2025-W48"))
                .body("to", equalTo("2026-W48"));
        analyst().queryParam("from", "2025-11-30").queryParam("to", "2026-11-30")
                .when().get("/analytics/routines/3f6c3a4e-8a53-4d0e-9a3e-0c3c1b1f2a10/items")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].message", equalTo("must be at most 53 weeks after from"));
    }

    @ParameterizedTest
    @CsvSource({"/analytics/adherence", "/analytics/cohorts", "/analytics/exercises",
            "/analytics/routines/3f6c3a4e-8a53-4d0e-9a3e-0c3c1b1f2a10/items"})
    void whoMayCallIsDecidedBeforeTheParametersAreLookedAt(String path) {
        given().auth().oauth2(TestTokens.token("runner", "athlete")).queryParam("bogus", "1").when().get(path)
                .then().statusCode(403).contentType("application/problem+json");
        given().queryParam("bogus", "1").when().get(path)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @ParameterizedTest
    @CsvSource({"/analytics/adherence", "/analytics/cohorts", "/analytics/exercises",
            "/analytics/routines/3f6c3a4e-8a53-4d0e-9a3e-0c3c1b1f2a10/items", "/analytics/adherence?groupBy=weeklyTarget"})
    void athletesMayNotSeeAnalyticsButAdminsMay(String path) {
        given().auth().oauth2(TestTokens.token("runner", "athlete")).when().get(path)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("trainer", "coach")).when().get(path)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("boss", "admin")).when().get(path).then().statusCode(200);
    }

    private RequestSpecification analyst() {
        return given().auth().oauth2(TestTokens.token("analyst-1", "analyst"));
    }
}
