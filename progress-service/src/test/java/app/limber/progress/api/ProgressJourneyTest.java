package app.limber.progress.api;

import static app.limber.progress.Progress.awaitMe;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.limber.progress.TestEvents;
import app.limber.progress.domain.IsoWeek;
import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** A runner with a plan trains for three weeks: the events routine-service publishes become their statistics. */
@QuarkusTest
public class ProgressJourneyTest {

    private final Instant now = Instant.now();
    private final IsoWeek thisWeek = IsoWeek.containing(now, ZoneOffset.UTC);

    @Test
    void eventsOnTheTopicsBecomeStreaksAdherenceTotalsCalendarAndAreas() {
        String user = TestEvents.user("journey");
        UUID routine = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        LocalDate start = thisWeek.plusWeeks(-2).monday();
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(user, plan, routine, 2, "UTC", start, null));
        for (LocalDate day : new LocalDate[] {start, start.plusDays(1), start.plusDays(7), start.plusDays(8)}) {
            TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, UUID.randomUUID(), routine,
                    plan, day.atTime(7, 0).toInstant(ZoneOffset.UTC), "UTC"));
        }
        Instant justNow = now.minusSeconds(10);
        TestEvents.publish(TestEvents.SESSION_COMPLETED,
                TestEvents.sessionCompleted(user, UUID.randomUUID(), routine, null, justNow, "UTC"));

        awaitMe(user, me -> me
                .body("userId", equalTo(user))
                .body("totals.sessions", equalTo(5))
                .body("totals.minutes", equalTo(150))
                .body("thisWeek.done", equalTo(1))
                .body("thisWeek.target", equalTo(2))
                .body("weeklyStreak.current", equalTo(2))
                .body("weeklyStreak.longest", equalTo(2))
                .body("dailyStreak.current", equalTo(1))
                .body("dailyStreak.longest", equalTo(2))
                .body("adherence.allTime", equalTo(1.0f))
                .body("adherence.last4Weeks", equalTo(1.0f))
                .body("habitStrength", both(greaterThan(0.0f)).and(lessThan(1.0f))));

        LocalDate today = justNow.atZone(ZoneOffset.UTC).toLocalDate();
        given().auth().oauth2(TestTokens.token(user, "athlete"))
                .queryParam("from", start.toString()).queryParam("to", today.toString())
                .when().get("/progress/me/calendar")
                .then().statusCode(200)
                .body("days", hasSize((int) (today.toEpochDay() - start.toEpochDay() + 1)))
                .body("days[0].date", equalTo(start.toString()))
                .body("days[0].sessions", equalTo(1))
                .body("days[0].minutes", equalTo(30))
                .body("days[2].sessions", equalTo(0));
        given().auth().oauth2(TestTokens.token(user, "athlete"))
                .when().get("/progress/me/areas")
                .then().statusCode(200)
                .body("areas.area", equalTo(java.util.List.of("abductors", "glutes", "hips")))
                .body("areas[1].sessions", equalTo(5))
                .body("areas[1].sets", equalTo(15))
                .body("areas[1].reps", equalTo(225));
    }

    @Test
    void aUserWithoutEventsHasZerosAndNoAdherence() {
        String user = TestEvents.user("newcomer");

        app.limber.progress.Progress.me(user)
                .body("totals.sessions", equalTo(0))
                .body("thisWeek.target", equalTo(0))
                .body("adherence.allTime", nullValue())
                .body("adherence.last4Weeks", nullValue())
                .body("habitStrength", equalTo(0.0f))
                .body("dailyStreak.current", equalTo(0));
    }
}
