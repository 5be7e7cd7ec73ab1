package app.limber.progress.privacy;

import app.limber.progress.Progress;
import app.limber.progress.TestEvents;
import app.limber.testing.Database;
import app.limber.testing.KafkaTopicProbe;
import app.limber.testing.LimberTestResource;
import app.limber.testing.privacy.PersonalDataScanner;
import app.limber.testing.TestTokens;
import app.limber.testing.contracts.EventContracts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * progress's part of an erasure: on limber.erasure.requested.v1 every row about the user goes, the coach's mention in
 * an athlete's plan is blanked, other users' statistics stay exactly as they were, and progress confirms once, naming
 * the request and itself only.
 */
@QuarkusTest
class ErasureTest {

    private static final String ZONE = "Europe/Berlin";
    private static final String REQUESTED = "limber.erasure.requested.v1";

    /** Sessions of a routine in the exercise rollups (each of these sessions logs one exercise, clamshells). */
    private static final String EXERCISE_SESSIONS =
            "select coalesce(sum(sessions), 0) from exercise_week_rollup where routine_id = ?";

    @Test
    void everyRowAboutTheUserGoesOthersStatisticsStayAndProgressConfirmsOnce() {
        String user = TestEvents.user("canary");
        String control = TestEvents.user("control");
        String coach = TestEvents.user("coach");
        UUID routine = UUID.randomUUID();
        LocalDate today = LocalDate.now(ZoneId.of(ZONE));
        UUID plan = UUID.randomUUID();
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(user, plan, routine, 3, ZONE, today.minusDays(20), null));
        TestEvents.publish(TestEvents.PLAN_PAUSED, TestEvents.planPaused(user, plan, UUID.randomUUID(), today.plusDays(2), today.plusDays(5)));
        for (int day = 1; day <= 3; day++) {
            TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, UUID.randomUUID(), routine, plan,
                    Instant.now().minusSeconds(86_400L * day), ZONE, 7, 8));
        }
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(user, coach, "view-progress"));
        // the user coaches the control athlete too
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(control, user, "view-progress"));
        UUID controlPlan = UUID.randomUUID();
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(control, controlPlan, routine, 2, ZONE,
                today.minusDays(10), null).replace("\"userId\"", "\"assignedBy\":\"" + user + "\",\"userId\""));
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(control, UUID.randomUUID(), routine,
                controlPlan, Instant.now().minusSeconds(7200), ZONE));
        given().auth().oauth2(TestTokens.token(user, "athlete")).contentType(ContentType.JSON)
                .body("{\"weekAtRisk\":false,\"weekMissed\":true,\"inactive\":true,\"celebrations\":true,\"nudgeHour\":19,"
                        + "\"quietStart\":\"22:00\",\"quietEnd\":\"07:00\",\"maxNudgesPerDay\":2}")
                .put("/progress/me/nudges").then().statusCode(200);
        awaitMe(user, me -> me.body("totals.sessions", equalTo(3)));
        awaitMe(control, me -> me.body("totals.sessions", equalTo(1)));
        Awaitility.await().atMost(Progress.DEADLINE).until(() -> rowsMentioning(user) >= 8
                && Database.count("select count(*) from plan_scheduled where assigned_by = ?", user) == 1
                && Database.count("select count(*) from coach_grant where coach_id = ?", user) == 1
                && Database.count(EXERCISE_SESSIONS, routine) == 4);
        String controlBefore = Progress.me(control).extract().asString();

        UUID requestId = UUID.randomUUID();
        String request = request(requestId, user);
        TestEvents.publish(REQUESTED, request);

        ConsumerRecord<String, String> confirmation = KafkaTopicProbe.awaitRecord("privacy.erasure-confirmations",
                r -> r.value().contains(requestId.toString()), Progress.DEADLINE);
        EventContracts.assertValid("limber.erasure.confirmed.v1", confirmation.value());
        assertEquals(requestId.toString(), confirmation.key());
        assertEquals("progress", io.restassured.path.json.JsonPath.from(confirmation.value()).getString("service"));
        assertFalse(confirmation.value().contains(user), "a confirmation names no one");
        assertEquals(0, rowsMentioning(user), "no row of progress's database mentions the user");
        assertEquals(controlBefore, Progress.me(control).extract().asString(), "the control user's statistics are unchanged");
        assertEquals(1, Database.count("select count(*) from plan_scheduled where user_id = ? and assigned_by is null", control),
                "the athlete keeps the plan their erased coach assigned");
        Progress.me(user).body("totals.sessions", equalTo(0));
        assertEquals(1, Database.count(EXERCISE_SESSIONS, routine), "the analytics rollups keep the control's session only");

        // a late event of the user creates nothing, live or in a rebuild of every table from the kept topics
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, UUID.randomUUID(), routine, plan,
                Instant.now().minusSeconds(600), ZONE));
        given().auth().oauth2(TestTokens.token("ops", "admin")).post("/admin/rebuild").then().statusCode(200);
        assertEquals(0, rowsMentioning(user), "a rebuild and a late event leave the user erased");
        assertEquals(controlBefore, Progress.me(control).extract().asString(), "the control user's statistics after the rebuild");
        assertEquals(1, Database.count("select count(*) from plan_scheduled where user_id = ? and assigned_by is null", control));
        assertEquals(1, Database.count(EXERCISE_SESSIONS, routine), "and so does the rebuild");

        // the same request again, then another in the same partition: only the second confirms
        TestEvents.publish(REQUESTED, request);
        TestEvents.publish(REQUESTED, request(requestId, TestEvents.user("sentinel")));
        Awaitility.await().atMost(Progress.DEADLINE).until(() -> confirmations(requestId) >= 2);
        assertEquals(2, confirmations(requestId));
    }

    @Test
    void aRequestThatBreaksItsContractIsDeadLetteredWithoutItsValues() {
        String user = TestEvents.user("poisoned");
        String broken = request(UUID.randomUUID(), user).replace("\"requestId\":\"", "\"requestId\":\"x-" + user + "-");
        KafkaTopicProbe.send("privacy.erasure-requests", "k-" + user, broken, Map.of("ce_type", REQUESTED, "ce_id", "1"));

        ConsumerRecord<String, String> letter = KafkaTopicProbe.awaitRecord("privacy.erasure-requests.dlq",
                r -> ("k-" + user).equals(r.key()), Progress.DEADLINE);
        assertEquals("$.requestId: must be a UUID", KafkaTopicProbe.header(letter, "dead-letter-reason"));
    }

    private static String request(UUID requestId, String userId) {
        String json = "{\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\"" + Instant.now() + "\",\"requestId\":\""
                + requestId + "\",\"userId\":\"" + userId + "\",\"requestedBy\":\"user\"}";
        EventContracts.assertValid(REQUESTED, json);
        return json;
    }

    private static long confirmations(UUID requestId) {
        return Database.count("select count(*) from outbox_event where event_type = 'limber.erasure.confirmed.v1' "
                + "and payload ->> 'requestId' = ?", requestId.toString());
    }

    /** Rows of every table of progress's database whose text mentions the user id (the shared scanner's findings). */
    static long rowsMentioning(String userId) {
        return PersonalDataScanner.databases(List.of(new PersonalDataScanner.Database("progress",
                LimberTestResource.jdbcUrl(), LimberTestResource.jdbcUser(), LimberTestResource.jdbcPassword())),
                List.of(userId)).size();
    }
}
