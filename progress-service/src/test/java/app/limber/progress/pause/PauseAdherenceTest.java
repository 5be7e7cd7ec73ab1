package app.limber.progress.pause;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Consumer;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import app.limber.progress.Progress;
import app.limber.progress.TestEvents;
import app.limber.progress.domain.IsoWeek;
import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;

/**
 * On the real broker and database: pausing a week changes adherence and the weekly streak exactly as the pause rule
 * says (a wholly paused week is skipped, a partly paused one prorated), for the athlete and in the analytics, and
 * cancelling the pause gives the numbers back.
 */
@QuarkusTest
class PauseAdherenceTest {

    private static final String ZONE = "Europe/Berlin";
    private static final double EXACT = 1e-12;
    private static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    private final String user = TestEvents.user("paused");
    private final UUID routine = UUID.randomUUID();
    private final UUID plan = UUID.randomUUID();
    private final IsoWeek running = IsoWeek.of(LocalDate.now(ZoneId.of(ZONE)));

    @Test
    void aPauseChangesAdherenceExactlyAndCancellingItRestoresIt() {
        // target 2 from four weeks back: 2 done, 1 done, 0 done, 2 done, and nothing yet this week
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(user, plan, routine, 2, ZONE,
                week(-4).monday(), null));
        sessions(week(-4), 2);
        sessions(week(-3), 1);
        sessions(week(-1), 2);
        awaitMe(user, me -> me
                .body("totals.sessions", equalTo(5))
                .body("adherence.last4Weeks", closeTo((0.5 + 0.0 + 1.0) / 3, EXACT))
                .body("adherence.allTime", closeTo((1.0 + 0.5 + 0.0 + 1.0) / 4, EXACT))
                .body("weeklyStreak.current", equalTo(1)));

        UUID wholeWeek = UUID.randomUUID();
        TestEvents.publish(TestEvents.PLAN_PAUSED, TestEvents.planPaused(user, plan, wholeWeek, week(-2).monday(),
                week(-2).sunday()));
        awaitMe(user, me -> me
                .body("adherence.last4Weeks", closeTo((0.5 + 1.0) / 2, EXACT))
                .body("adherence.allTime", closeTo((1.0 + 0.5 + 1.0) / 3, EXACT))
                .body("weeklyStreak.current", equalTo(1)));
        analytics(week(-2), 0);

        // Thursday to Sunday of week -3 paused too: 3 days in force ask round(2 × 3 / 7) = 1, and 1 was done
        TestEvents.publish(TestEvents.PLAN_PAUSED, TestEvents.planPaused(user, plan, UUID.randomUUID(),
                week(-3).monday().plusDays(3), week(-3).sunday()));
        awaitMe(user, me -> me
                .body("adherence.last4Weeks", closeTo(1.0, EXACT))
                .body("adherence.allTime", closeTo(1.0, EXACT))
                .body("weeklyStreak.current", equalTo(3)));
        analytics(week(-3), 1);

        TestEvents.publish(TestEvents.PLAN_RESUMED, TestEvents.planResumed(user, plan, wholeWeek, week(-2).monday()));
        awaitMe(user, me -> me
                .body("adherence.last4Weeks", closeTo((1.0 + 0.0 + 1.0) / 3, EXACT))
                .body("adherence.allTime", closeTo((1.0 + 1.0 + 0.0 + 1.0) / 4, EXACT))
                .body("weeklyStreak.current", equalTo(1))
                .body("weeklyStreak.longest", equalTo(2)));
        analytics(week(-2), 1);
    }

    /** Waits until the user's summary, read with ratios as doubles (the JSON's full precision), passes {@code check}. */
    private void awaitMe(String userId, Consumer<ValidatableResponse> check) {
        Awaitility.await().atMost(Progress.DEADLINE).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                check.accept(given().config(DOUBLES).auth().oauth2(TestTokens.token(userId, "athlete"))
                        .get("/progress/me").then().statusCode(200)));
    }

    private IsoWeek week(int fromRunning) {
        return running.plusWeeks(fromRunning);
    }

    /** {@code count} sessions toward the plan on the first days of {@code week}, at noon in Berlin. */
    private void sessions(IsoWeek week, int count) {
        for (int day = 0; day < count; day++) {
            TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, UUID.randomUUID(), routine,
                    plan, week.monday().plusDays(day).atTime(12, 0).atZone(ZoneId.of(ZONE)).toInstant(), ZONE));
        }
    }

    /** The analytics of the plan's routine count {@code plansActive} plans in {@code week}. */
    private void analytics(IsoWeek week, int plansActive) {
        given().auth().oauth2(TestTokens.token("analyst", "analyst"))
                .queryParam("routineId", routine.toString())
                .queryParam("from", week.monday().toString())
                .queryParam("to", week.sunday().toString())
                .get("/analytics/adherence").then().statusCode(200)
                .body("weeks[0].plansActive", equalTo(plansActive));
    }
}
