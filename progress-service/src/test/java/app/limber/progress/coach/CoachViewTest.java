package app.limber.progress.coach;

import static app.limber.progress.Progress.awaitMe;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.limber.progress.TestEvents;
import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * On the real broker and database: a coach reads exactly what an athlete who granted view-progress sees, and anyone
 * else's progress, or a revoked athlete's, answers 404 exactly like an athlete who does not exist.
 */
@QuarkusTest
class CoachViewTest {

    private static final String ZONE = "Europe/Berlin";

    private final String athlete = TestEvents.user("athlete");
    private final String coach = TestEvents.user("coach");
    private final UUID routine = UUID.randomUUID();
    private final UUID plan = UUID.randomUUID();

    @Test
    void aGrantedCoachSeesWhatTheAthleteSeesAndNoOneElseDoes() {
        LocalDate today = LocalDate.now(ZoneId.of(ZONE));
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(athlete, plan, routine, 3, ZONE,
                today.minusDays(20), null));
        session(today.minusDays(2), 4, 5);
        session(today.minusDays(1), 6, null);
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(athlete, coach, "view-progress"));
        awaitMe(athlete, me -> me.body("totals.sessions", equalTo(2)));

        String own = given().auth().oauth2(TestTokens.token(athlete, "athlete")).get("/progress/me").then()
                .statusCode(200).extract().asString();
        Coaching.await(coach, "/coach/athletes/" + athlete + "/progress", response -> response.statusCode(200));
        assertEquals(own, Coaching.get(coach, "/coach/athletes/" + athlete + "/progress").extract().asString());
        for (String path : List.of("/calendar", "/calendar?from=" + today.minusDays(9) + "&to=" + today, "/areas")) {
            String mine = given().auth().oauth2(TestTokens.token(athlete, "athlete")).get("/progress/me" + path).then()
                    .statusCode(200).extract().asString();
            assertEquals(mine, Coaching.get(coach, "/coach/athletes/" + athlete + path).statusCode(200).extract()
                    .asString(), path);
        }

        JsonPath list = Coaching.get(coach, "/coach/athletes").statusCode(200).extract().jsonPath();
        assertEquals(List.of(athlete), list.getList("items.athleteId"));
        assertEquals(1, list.getInt("total"));
        assertEquals(JsonPath.from(own).getInt("thisWeek.target"), list.getInt("items[0].thisWeek.target"));
        assertEquals(1, list.getInt("items[0].daysSinceLastSession"));
        assertEquals(5, list.getInt("items[0].lastDiscomfort.value"));
        assertEquals(today.minusDays(2).toString(), list.getString("items[0].lastDiscomfort.on"));
    }

    @Test
    void aSecondCoachAnAthleteWhoGrantedNothingAndAMissingAthleteAllAnswer404Alike() {
        String other = TestEvents.user("other-coach");
        String stranger = TestEvents.user("stranger");
        session(LocalDate.now(ZoneId.of(ZONE)), 3, null);
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(stranger, UUID.randomUUID(), routine,
                null, Instant.now(), ZONE));
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(athlete, coach, "view-progress"));
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(stranger, other, "assign-plans"));
        Coaching.await(coach, "/coach/athletes/" + athlete + "/progress", response -> response.statusCode(200));
        awaitMe(stranger, me -> me.body("totals.sessions", equalTo(1)));

        for (String path : List.of("/progress", "/calendar", "/areas")) {
            JsonPath missing = notFound(coach, "/coach/athletes/nobody" + path);
            assertEquals(missing.getMap("$"), notFound(other, "/coach/athletes/nobody" + path).getMap("$"));
            assertEquals(body(missing, "nobody", athlete), notFound(other, "/coach/athletes/" + athlete + path).getMap("$"));
            assertEquals(body(missing, "nobody", stranger), notFound(coach, "/coach/athletes/" + stranger + path).getMap("$"));
            assertEquals(body(missing, "nobody", stranger), notFound(other, "/coach/athletes/" + stranger + path).getMap("$"));
        }
        Coaching.get(other, "/coach/athletes").statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aRevokeAnswers404WithinTheEventDelayAndAnotherGrantRestoresTheView() {
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(athlete, coach, "view-progress",
                "assign-plans"));
        Coaching.await(coach, "/coach/athletes/" + athlete + "/progress", response -> response.statusCode(200));

        TestEvents.publish(TestEvents.COACHING_REVOKED, TestEvents.coachingRevoked(athlete, coach));
        Coaching.await(coach, "/coach/athletes/" + athlete + "/progress", response -> response.statusCode(404));
        Coaching.get(coach, "/coach/athletes").statusCode(200).body("total", equalTo(0));

        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(athlete, coach, "assign-plans"));
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(athlete, coach, "view-progress"));
        Coaching.await(coach, "/coach/athletes/" + athlete + "/areas", response -> response.statusCode(200));
    }

    @Test
    void anAthleteOrAnalystTokenIsNotACoachs() {
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(athlete, coach, "view-progress"));
        Coaching.await(coach, "/coach/athletes/" + athlete + "/progress", response -> response.statusCode(200));

        given().auth().oauth2(TestTokens.token(coach, "athlete")).get("/coach/athletes/" + athlete + "/progress")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token(coach, "analyst")).get("/coach/athletes")
                .then().statusCode(403).contentType("application/problem+json");
        given().get("/coach/athletes").then().statusCode(401);
    }

    @Test
    void aBadCalendarParameterIs400BeforeAnyoneIsLookedUp() {
        Coaching.get(coach, "/coach/athletes/nobody/calendar?from=2026-13-01").statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
        Coaching.get(coach, "/coach/athletes?sortBy=name").statusCode(400)
                .body("errors[0].field", equalTo("sortBy"))
                .body("errors[0].message", equalTo("is not a known parameter"));
        Coaching.get(coach, "/coach/athletes?size=0").statusCode(400).body("errors[0].field", equalTo("size"));
        Coaching.get(coach, "/coach/athletes?page=3").statusCode(200).body("items", equalTo(List.of()))
                .body("page", equalTo(3)).body("total", equalTo(0)).body("items[0]", nullValue());
    }

    private static JsonPath notFound(String coachId, String path) {
        return Coaching.get(coachId, path).statusCode(404).contentType("application/problem+json").extract().jsonPath();
    }

    /** The 404 body for a missing athlete, with its id replaced: the only part of the body that names anyone. */
    private static Object body(JsonPath missing, String missingId, String athleteId) {
        return missing.getMap("$").entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue() instanceof String text
                        ? text.replace(missingId, athleteId) : entry.getValue()));
    }

    private void session(LocalDate day, int effort, Integer discomfort) {
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(athlete, UUID.randomUUID(), routine,
                plan, day.atTime(12, 0).toInstant(ZoneOffset.UTC), ZONE, effort, discomfort));
    }
}
