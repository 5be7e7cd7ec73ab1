package app.limber.progress.coach;

import static app.limber.progress.Progress.awaitMe;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.limber.progress.FixedClock;
import app.limber.progress.TestEvents;
import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * On the real broker and database, at {@link FixedClock#NOW} (Monday 2026-11-23, 2026-W48): an athlete with a plan
 * asking for 2 sessions a week met it in one week and not in the next. They see those plan-weeks at
 * GET /progress/me/weeks, a coach they granted view-progress sees the same at /coach/athletes/{id}/weeks, and a coach
 * without a grant gets the 404 of an athlete who does not exist.
 */
@QuarkusTest
@TestProfile(FixedClock.Profile.class)
class AdherenceWeeksApiTest {

    private static final String BERLIN = "Europe/Berlin";
    /** This class has an application start of its own, whose new consumer group reads the topics from their start. */
    private static final Duration FIRST_READ = Duration.ofSeconds(90);

    private final String athlete = TestEvents.user("weeks-athlete");
    private final String coach = TestEvents.user("weeks-coach");
    private final UUID routine = UUID.randomUUID();
    private final UUID plan = UUID.randomUUID();

    @Test
    void theAthleteAndTheirCoachSeeEachPlanWeekWithDoneTargetAndMet() {
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(athlete, plan, routine, 2, BERLIN,
                LocalDate.parse("2026-11-09"), null));
        session("2026-11-10T18:00");
        session("2026-11-12T18:00");
        session("2026-11-18T07:00");
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(athlete, coach, "view-progress"));
        awaitMe(athlete, FIRST_READ, me -> me.body("totals.sessions", equalTo(3)));

        JsonPath closed = mine("/progress/me/weeks?to=2026-11-22");
        assertEquals("2026-W36", closed.getString("from"), "12 weeks up to the week of 'to'");
        assertEquals("2026-W47", closed.getString("to"));
        assertEquals(List.of(
                        week("2026-W46", "2026-11-09", 2, true, true, 1.0),
                        week("2026-W47", "2026-11-16", 1, false, true, 0.5)),
                closed.getList("weeks"), "the week met and the week missed, oldest first");

        JsonPath running = mine("/progress/me/weeks");
        assertEquals(List.of("2026-W46", "2026-W47", "2026-W48"), running.getList("weeks.week"),
                "by default the last 12 weeks up to today's, never a later one");
        assertEquals(week("2026-W48", "2026-11-23", 0, false, false, 0.0), running.getList("weeks").get(2),
                "the running week is not settled while it can still be met");
        double settledMean = (1.0 + 0.5) / 2;
        assertEquals(settledMean, mine("/progress/me").getDouble("adherence.allTime"), 1e-12,
                "the settled weeks are what adherence averages");

        Coaching.await(coach, "/coach/athletes/" + athlete + "/weeks", response -> response.statusCode(200));
        for (String query : List.of("", "?to=2026-11-22", "?from=2026-11-16&to=2026-11-29")) {
            assertEquals(mine("/progress/me/weeks" + query).getMap("$"),
                    Coaching.get(coach, "/coach/athletes/" + athlete + "/weeks" + query).statusCode(200).extract()
                            .jsonPath().getMap("$"), query);
        }
        assertEquals(List.of("2026-W47", "2026-W48"),
                Coaching.get(coach, "/coach/athletes/" + athlete + "/weeks?from=2026-11-16&to=2026-11-29")
                        .extract().jsonPath().getList("weeks.week"), "from and to pick weeks; none after the running one");
    }

    @Test
    void aCoachWithoutAGrantGetsTheAnswerOfAnAthleteWhoDoesNotExist() {
        String other = TestEvents.user("weeks-other-coach");
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(athlete, plan, routine, 2, BERLIN,
                LocalDate.parse("2026-11-09"), null));
        session("2026-11-10T18:00");
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(athlete, coach, "assign-plans"));
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(athlete, other, "view-progress"));
        Coaching.await(other, "/coach/athletes/" + athlete + "/weeks", response -> response.statusCode(200));

        Map<String, Object> missing = Coaching.get(coach, "/coach/athletes/nobody/weeks").statusCode(404)
                .contentType("application/problem+json").extract().jsonPath().getMap("$");
        Map<String, Object> withheld = Coaching.get(coach, "/coach/athletes/" + athlete + "/weeks").statusCode(404)
                .contentType("application/problem+json").extract().jsonPath().getMap("$");
        assertEquals(missing.keySet(), withheld.keySet());
        assertEquals(String.valueOf(missing.get("detail")).replace("nobody", athlete), withheld.get("detail"),
                "assign-plans alone does not show progress");
        given().auth().oauth2(TestTokens.token(coach, "athlete")).get("/coach/athletes/" + athlete + "/weeks")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void badRangesAre400NamingTheParameterBeforeAnyoneIsLookedUp() {
        String token = TestTokens.token(athlete, "athlete");
        given().auth().oauth2(token).get("/progress/me/weeks?from=2026-11-31").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("from"));
        given().auth().oauth2(token).get("/progress/me/weeks?from=2026-11-20&to=2026-11-10").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().auth().oauth2(token).get("/progress/me/weeks?from=2025-11-10&to=2026-11-22").then().statusCode(400)
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].message", equalTo("must be at most 53 weeks after from"));
        given().auth().oauth2(token).get("/progress/me/weeks?week=2026-W47").then().statusCode(400)
                .body("errors[0].field", equalTo("week"));
        given().auth().oauth2(token).get("/progress/me/weeks?from=2025-11-17&to=2026-11-22").then().statusCode(200);
        Coaching.get(coach, "/coach/athletes/nobody/weeks?to=yesterday").statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("to"));
        given().get("/progress/me/weeks").then().statusCode(401);
    }

    private JsonPath mine(String path) {
        return given().auth().oauth2(TestTokens.token(athlete, "athlete")).get(path).then().statusCode(200).extract()
                .jsonPath();
    }

    private Map<String, Object> week(String week, String monday, int done, boolean met, boolean settled, double adherence) {
        return Map.of("week", week, "weekStart", monday, "planId", plan.toString(), "routineId", routine.toString(),
                "done", done, "target", 2, "met", met, "settled", settled, "adherence", (float) adherence);
    }

    private void session(String berlinTime) {
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(athlete, UUID.randomUUID(), routine,
                plan, LocalDateTime.parse(berlinTime).atZone(ZoneId.of(BERLIN)).toInstant(), BERLIN));
    }
}
