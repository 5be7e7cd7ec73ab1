package app.limber.progress.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** GET and PUT /progress/me/nudges: defaults, a replacement that sticks, and refusals naming the field. */
@QuarkusTest
class NudgeSettingsTest {

    private static final String EVENINGS_OFF = """
            {"weekAtRisk": false, "weekMissed": true, "inactive": true, "celebrations": false,
             "nudgeHour": 7, "quietStart": "21:30", "quietEnd": "06:00", "maxNudgesPerDay": 1}""";

    @Test
    void aNewUserHasTheDefaults() {
        as(newUser()).get("/progress/me/nudges").then().statusCode(200)
                .body("weekAtRisk", equalTo(true)).body("weekMissed", equalTo(true))
                .body("inactive", equalTo(true)).body("celebrations", equalTo(true))
                .body("nudgeHour", equalTo(18)).body("quietStart", equalTo("22:00")).body("quietEnd", equalTo("07:00"))
                .body("maxNudgesPerDay", equalTo(2));
    }

    @Test
    void aReplacementIsWhatLaterReadsSeeAndOnlyForItsUser() {
        String user = newUser();
        as(user).contentType(ContentType.JSON).body(EVENINGS_OFF).put("/progress/me/nudges").then().statusCode(200)
                .body("nudgeHour", equalTo(7)).body("quietStart", equalTo("21:30"));
        as(user).get("/progress/me/nudges").then().statusCode(200)
                .body("weekAtRisk", equalTo(false)).body("celebrations", equalTo(false))
                .body("nudgeHour", equalTo(7)).body("quietStart", equalTo("21:30")).body("quietEnd", equalTo("06:00"))
                .body("maxNudgesPerDay", equalTo(1));
        as(newUser()).get("/progress/me/nudges").then().body("nudgeHour", equalTo(18));

        String withoutQuietHours = EVENINGS_OFF.replace("\"21:30\"", "null").replace("\"06:00\"", "null");
        as(user).contentType(ContentType.JSON).body(withoutQuietHours).put("/progress/me/nudges").then().statusCode(200);
        as(user).get("/progress/me/nudges").then().body("quietStart", nullValue()).body("quietEnd", nullValue());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "nudgeHour       | \"nudgeHour\": 7           | \"nudgeHour\": 24           | must be a whole number from 0 to 23",
            "nudgeHour       | \"nudgeHour\": 7           | \"nudgeHour\": 7.5          | must be a whole number from 0 to 23",
            "maxNudgesPerDay | \"maxNudgesPerDay\": 1     | \"maxNudgesPerDay\": 0      | must be a whole number from 1 to 10",
            "quietStart      | \"quietStart\": \"21:30\" | \"quietStart\": \"25:00\"  | must be a time of day such as 22:00",
            "quietEnd        | \"quietEnd\": \"06:00\"   | \"quietEnd\": \"6am\"      | must be a time of day such as 22:00",
            "quietEnd        | \"quietEnd\": \"06:00\"   | \"quietEnd\": null         | quietStart and quietEnd are set together or not at all",
            "nudgeHour       | \"nudgeHour\": 7           | \"nudgeHour\": 23           | falls within the quiet hours 21:30–06:00",
            "celebrations    | \"celebrations\": false,  | ''                         | is required",
            "celebrations    | \"celebrations\": false   | \"celebrations\": \"no\"    | must be true or false",
            "pushToken       | \"maxNudgesPerDay\": 1     | \"maxNudgesPerDay\": 1, \"pushToken\": \"x\" | is not a known field"})
    void aBadSettingIsA400NamingTheField(String field, String good, String bad, String message) {
        as(newUser()).contentType(ContentType.JSON).body(EVENINGS_OFF.replace(good, bad)).put("/progress/me/nudges")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.message", equalTo(message));
    }

    @Test
    void settingsNeedAToken() {
        given().get("/progress/me/nudges").then().statusCode(401);
        given().contentType(ContentType.JSON).body(EVENINGS_OFF).put("/progress/me/nudges").then().statusCode(401);
    }

    private static String newUser() {
        return "nudged-" + UUID.randomUUID();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(TestTokens.token(user, "athlete"));
    }
}
