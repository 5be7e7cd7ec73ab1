package app.limber.progress.privacy;

import app.limber.progress.TestEvents;
import app.limber.testing.Database;
import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.limber.progress.Progress.awaitMe;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user takes away everything progress holds about them; an admin may do it for them; a coach cannot. */
@QuarkusTest
class ExportTest {

    private static final String ZONE = "Europe/Berlin";

    @Test
    void theExportHoldsTheStatisticsAndEveryStoredRowAboutTheUserOnly() {
        String user = TestEvents.user("exporter");
        String coach = TestEvents.user("coach");
        String other = TestEvents.user("other");
        UUID plan = UUID.randomUUID();
        UUID routine = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        LocalDate today = LocalDate.now(ZoneId.of(ZONE));
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(user, plan, routine, 3, ZONE, today.minusDays(20), null));
        TestEvents.publish(TestEvents.PLAN_PAUSED, TestEvents.planPaused(user, plan, UUID.randomUUID(), today.plusDays(3), today.plusDays(9)));
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, session, routine, plan,
                Instant.now().minusSeconds(3600), ZONE, 7, 4));
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(user, coach, "view-progress"));
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(other, UUID.randomUUID(), routine, null,
                Instant.now().minusSeconds(3600), ZONE));
        given().auth().oauth2(TestTokens.token(user, "athlete")).contentType(ContentType.JSON)
                .body("{\"weekAtRisk\":false,\"weekMissed\":true,\"inactive\":true,\"celebrations\":true,\"nudgeHour\":19,\"quietStart\":\"22:00\",\"quietEnd\":\"07:00\","
                        + "\"maxNudgesPerDay\":2}").put("/progress/me/nudges").then().statusCode(200);
        awaitMe(user, me -> me.body("totals.sessions", equalTo(1)));
        awaitMe(other, me -> me.body("totals.sessions", equalTo(1)));
        org.awaitility.Awaitility.await().atMost(app.limber.progress.Progress.DEADLINE).until(() ->
                Database.count("select count(*) from coach_grant where athlete_id = ?", user) == 1);

        JsonPath export = given().auth().oauth2(TestTokens.token(user, "athlete")).get("/me/export").then().statusCode(200)
                .extract().jsonPath();

        assertEquals(user, export.getString("userId"));
        assertEquals(1, export.getInt("statistics.totals.sessions"));
        assertEquals(List.of("abductors", "glutes", "hips"), export.getList("areas.areas.area"));
        assertEquals(List.of(session.toString()), export.getList("records.session_completed.session_id"));
        assertEquals(List.of(4), export.getList("records.session_completed.discomfort"));
        assertEquals(List.of(plan.toString()), export.getList("records.plan_scheduled.plan_id"));
        assertEquals(1, export.getList("records.plan_paused").size());
        assertEquals(List.of(coach), export.getList("records.coach_grant.coach_id"));
        assertEquals(List.of(19), export.getList("records.nudge_preferences.nudge_hour"));
        assertEquals(1, export.getList("records.day_tally").size(), "the calendar's one day");
        Map<String, Object> records = export.getMap("records");
        for (String table : List.of("progress_user", "user_plan", "applied_session", "plan_week_tally", "area_volume",
                "milestone", "coach_alert", "nudge_schedule")) {
            assertTrue(records.containsKey(table), table);
        }
        assertTrue(!export.prettify().contains(other), "nothing about another user");
    }

    @Test
    void anAdminExportsAUserAsTheUserWouldACoachCannot() {
        String user = TestEvents.user("exported");
        String coach = TestEvents.user("coach");
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, UUID.randomUUID(),
                UUID.randomUUID(), null, Instant.now().minusSeconds(600), ZONE));
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(user, coach, "view-progress"));
        awaitMe(user, me -> me.body("totals.sessions", equalTo(1)));

        JsonPath own = given().auth().oauth2(TestTokens.token(user, "athlete")).get("/me/export").then().statusCode(200)
                .extract().jsonPath();
        JsonPath byAdmin = given().auth().oauth2(TestTokens.token("support", "admin")).get("/admin/users/" + user + "/export")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(own.getMap("records"), byAdmin.getMap("records"));
        assertEquals(own.getMap("statistics"), byAdmin.getMap("statistics"));

        given().auth().oauth2(TestTokens.token(coach, "coach")).get("/admin/users/" + user + "/export").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("support", "admin")).urlEncodingEnabled(false)
                .get("/admin/users/%01x/export").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"));
    }
}
