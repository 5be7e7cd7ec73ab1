package app.limber.progress.api;

import static app.limber.progress.Progress.awaitMe;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.limber.progress.FixedClock;
import app.limber.progress.TestEvents;
import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * At {@link FixedClock#NOW} it is Monday in UTC but still Sunday in Los Angeles: the calendar's default last day is the
 * "today" of GET /progress/me (the zone of the plan active today, else of the latest session), not UTC's.
 */
@QuarkusTest
@TestProfile(FixedClock.Profile.class)
class CalendarTodayTest {

    private static final String LOS_ANGELES = "America/Los_Angeles";
    private static final LocalDate SUNDAY = LocalDate.parse("2026-11-22");
    private static final String SUNDAY_EVENING = "2026-11-23T06:00:00Z";
    /** This class has an application start of its own, whose new consumer group reads the topics from their start. */
    private static final Duration FIRST_READ = Duration.ofSeconds(90);

    @Test
    void endsOnTodayInThePlansZoneAsTheSummaryDoes() {
        String user = TestEvents.user("la-plan");
        UUID routine = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        TestEvents.publish(TestEvents.PLAN_SCHEDULED,
                TestEvents.planScheduled(user, plan, routine, 3, LOS_ANGELES, LocalDate.parse("2026-11-02"), null));
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, UUID.randomUUID(), routine,
                plan, Instant.parse(SUNDAY_EVENING), LOS_ANGELES));
        // Sunday's session is in the running week only if today is Sunday
        awaitMe(user, FIRST_READ, me -> me.body("totals.sessions", equalTo(1)).body("thisWeek.done", equalTo(1)));

        calendarEndsOnSunday(user);
    }

    @Test
    void withoutAPlanEndsOnTodayInTheLatestSessionsZone() {
        String user = TestEvents.user("la-sessions");
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, UUID.randomUUID(),
                UUID.randomUUID(), null, Instant.parse(SUNDAY_EVENING), LOS_ANGELES));
        awaitMe(user, FIRST_READ, me -> me.body("totals.sessions", equalTo(1)));

        calendarEndsOnSunday(user);
    }

    private static void calendarEndsOnSunday(String user) {
        given().auth().oauth2(TestTokens.token(user, "athlete"))
                .when().get("/progress/me/calendar")
                .then().statusCode(200)
                .body("to", equalTo(SUNDAY.toString()))
                .body("from", equalTo(SUNDAY.minusDays(27).toString()))
                .body("days", hasSize(28))
                .body("days[27].date", equalTo(SUNDAY.toString()))
                .body("days[27].sessions", equalTo(1));
    }
}
