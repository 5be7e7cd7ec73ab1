package app.limber.progress.security;

import app.limber.progress.Progress;
import app.limber.progress.TestEvents;
import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * Everything under /progress/me is the token's subject's: once user A's plan and session are counted, user B
 * (whatever their role) sees none of it in the summary, the calendar or the areas.
 */
@QuarkusTest
class OwnStatisticsTest {

    @ParameterizedTest
    @ValueSource(strings = {"athlete", "admin", "analyst"})
    void anotherUsersStatisticsStayInvisible(String role) {
        String owner = TestEvents.user("owner");
        Instant completed = Instant.now().minus(1, ChronoUnit.HOURS);
        LocalDate day = completed.atZone(ZoneOffset.UTC).toLocalDate();
        UUID routine = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        TestEvents.publish(TestEvents.PLAN_SCHEDULED,
                TestEvents.planScheduled(owner, plan, routine, 3, "UTC", day.minusDays(7), null));
        TestEvents.publish(TestEvents.SESSION_COMPLETED,
                TestEvents.sessionCompleted(owner, UUID.randomUUID(), routine, plan, completed, "UTC"));
        Progress.awaitMe(owner, me -> me.body("totals.sessions", equalTo(1)).body("thisWeek.target", equalTo(3)));

        String stranger = TestEvents.user("stranger");
        String token = TestTokens.token(stranger, role);
        given().auth().oauth2(token).get("/progress/me").then().statusCode(200)
                .body("userId", equalTo(stranger))
                .body("totals.sessions", equalTo(0))
                .body("totals.minutes", equalTo(0))
                .body("thisWeek.target", equalTo(0));
        given().auth().oauth2(token).queryParam("from", day.minusDays(1).toString()).queryParam("to", day.toString())
                .get("/progress/me/calendar").then().statusCode(200)
                .body("days", hasSize(2))
                .body("days.sessions", everyItem(equalTo(0)));
        given().auth().oauth2(token).get("/progress/me/areas").then().statusCode(200)
                .body("areas", empty());
        given().auth().oauth2(TestTokens.token(owner, "athlete")).get("/progress/me/areas").then().statusCode(200)
                .body("areas", not(empty()));
    }
}
