package app.limber.progress.coach;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.limber.progress.Progress;
import app.limber.progress.TestEvents;
import app.limber.progress.messaging.CoachAlertEvents;
import app.limber.testing.Database;
import app.limber.testing.KafkaTopicProbe;
import app.limber.testing.TestTokens;
import app.limber.testing.contracts.EventContracts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * On the real broker and database: a painful session opens a critical alert for each coach the athlete granted
 * view-progress, once, published on progress.coach-alerts through the outbox and valid against its contract; the
 * coach acknowledges it; a redelivery adds nothing.
 */
@QuarkusTest
class CoachAlertsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ZONE = "Europe/Berlin";

    private final String athlete = TestEvents.user("sore");
    private final String coach = TestEvents.user("coach");
    private final UUID routine = UUID.randomUUID();

    @Test
    void aSessionWithDiscomfortEightOpensOneCriticalAlertThatAcknowledgementCloses() throws Exception {
        grant(athlete, coach);
        String painful = TestEvents.sessionCompleted(athlete, UUID.randomUUID(), routine, null,
                Instant.now().minus(1, ChronoUnit.HOURS), ZONE, 6, 8);
        TestEvents.publish(TestEvents.SESSION_COMPLETED, painful);

        JsonPath alerts = Coaching.await(coach, "/coach/athletes/" + athlete + "/alerts",
                response -> response.statusCode(200).body("total", equalTo(1))).extract().jsonPath();
        assertEquals("discomfort", alerts.getString("items[0].kind"));
        assertEquals("critical", alerts.getString("items[0].level"));
        assertEquals("open", alerts.getString("items[0].status"));
        assertEquals(8, alerts.getInt("items[0].detail.discomfort"));
        String alertId = alerts.getString("items[0].alertId");

        ConsumerRecord<String, String> event = KafkaTopicProbe.awaitRecord(CoachAlertEvents.TOPIC,
                record -> coach.equals(record.key()), Progress.DEADLINE);
        assertEquals(CoachAlertEvents.OPENED, KafkaTopicProbe.header(event, "ce_type"));
        assertEquals(List.of(), EventContracts.validate(CoachAlertEvents.OPENED, event.value()));
        JsonNode payload = JSON.readTree(event.value());
        assertEquals(alertId, payload.path("alertId").asText());
        assertEquals(alertId, KafkaTopicProbe.header(event, "ce_id"));
        assertEquals(athlete, payload.path("athleteId").asText());
        assertEquals("critical", payload.path("level").asText());
        Coaching.get(coach, "/coach/athletes").statusCode(200)
                .body("items[0].openAlerts", equalTo(1)).body("items[0].maxAlertLevel", equalTo("critical"));

        // a redelivery of the same event, then a later event of the athlete's to know both were consumed
        TestEvents.publish(TestEvents.SESSION_COMPLETED, painful);
        String calm = TestEvents.sessionCompleted(athlete, UUID.randomUUID(), routine, null, Instant.now(), ZONE, 3, 1);
        TestEvents.publish(TestEvents.SESSION_COMPLETED, calm);
        Progress.awaitMe(athlete, me -> me.body("totals.sessions", equalTo(2)));
        assertEquals(1, published(coach).size(), "on the topic once");
        assertEquals(1, Database.count("select count(*) from coach_alert where athlete_id = ?", athlete));

        acknowledge(coach, athlete, alertId).statusCode(204);
        acknowledge(coach, athlete, alertId).statusCode(204);
        Coaching.get(coach, "/coach/athletes/" + athlete + "/alerts").statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].status", equalTo("acknowledged"));
        Coaching.get(coach, "/coach/athletes").statusCode(200)
                .body("items[0].openAlerts", equalTo(0)).body("items[0].maxAlertLevel", equalTo(null));
        assertEquals(1, published(coach).size(), "acknowledging publishes nothing");
    }

    @Test
    void eachGrantedCoachGetsTheirOwnAlertAndTheListPutsTheMostSevereFirst() {
        String second = TestEvents.user("second-coach");
        String calmAthlete = TestEvents.user("a-calm");
        grant(athlete, coach);
        grant(athlete, second);
        grant(calmAthlete, coach);
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(athlete, UUID.randomUUID(), routine,
                null, Instant.now(), ZONE, 5, 9));

        Coaching.await(coach, "/coach/athletes/" + athlete + "/alerts", response -> response.body("total", equalTo(1)));
        Coaching.await(second, "/coach/athletes/" + athlete + "/alerts", response -> response.body("total", equalTo(1)));
        assertEquals(2, KafkaTopicProbe.awaitRecords(CoachAlertEvents.TOPIC,
                record -> record.value().contains(athlete), 2, Progress.DEADLINE).size());
        JsonPath bySeverity = Coaching.get(coach, "/coach/athletes").statusCode(200).extract().jsonPath();
        assertEquals(List.of(athlete, calmAthlete), bySeverity.getList("items.athleteId"), "critical before none");
        JsonPath byAthlete = Coaching.get(coach, "/coach/athletes?sort=athlete").statusCode(200).extract().jsonPath();
        assertEquals(List.of(calmAthlete, athlete), byAthlete.getList("items.athleteId"));
        Coaching.get(coach, "/coach/athletes?sort=level").statusCode(400)
                .body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", equalTo("unknown value 'level'; one of severity, athlete"));
    }

    @Test
    void acknowledgingNeedsAnAlertOfTheCoachAboutThatAthlete() {
        String other = TestEvents.user("other-coach");
        grant(athlete, coach);
        grant(athlete, other);
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(athlete, UUID.randomUUID(), routine,
                null, Instant.now(), ZONE, 5, 7));
        String alertId = Coaching.await(coach, "/coach/athletes/" + athlete + "/alerts",
                response -> response.body("total", equalTo(1))).extract().path("items[0].alertId");

        acknowledge(other, athlete, alertId).statusCode(404).contentType("application/problem+json");
        acknowledge(coach, athlete, UUID.randomUUID().toString()).statusCode(404);
        acknowledge(coach, "nobody", alertId).statusCode(404);
        acknowledge(coach, athlete, "not-a-uuid").statusCode(400).body("errors[0].field", equalTo("alertId"));
        given().auth().oauth2(TestTokens.token(coach, "athlete"))
                .post("/coach/athletes/" + athlete + "/alerts/" + alertId + "/ack").then().statusCode(403);
        Coaching.get(coach, "/coach/athletes/" + athlete + "/alerts").body("items[0].status", equalTo("open"));
    }

    @Test
    void aRevokeClearsTheCoachsAlertsAndHidesThem() {
        grant(athlete, coach);
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(athlete, UUID.randomUUID(), routine,
                null, Instant.now(), ZONE, 5, 8));
        Coaching.await(coach, "/coach/athletes/" + athlete + "/alerts", response -> response.body("total", equalTo(1)));

        TestEvents.publish(TestEvents.COACHING_REVOKED, TestEvents.coachingRevoked(athlete, coach));

        Coaching.await(coach, "/coach/athletes/" + athlete + "/alerts", response -> response.statusCode(404));
        await().atMost(Progress.DEADLINE).untilAsserted(() -> assertEquals(List.of(List.of("access-revoked")),
                Database.rows("select clear_reason from coach_alert where athlete_id = ?", athlete)));
    }

    private static void grant(String athleteId, String coachId) {
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(athleteId, coachId, "view-progress"));
        Coaching.await(coachId, "/coach/athletes/" + athleteId + "/progress", response -> response.statusCode(200));
    }

    private static ValidatableResponse acknowledge(String coachId, String athleteId, String alertId) {
        return given().auth().oauth2(TestTokens.token(coachId, "coach"))
                .post("/coach/athletes/" + athleteId + "/alerts/" + alertId + "/ack").then();
    }

    /** Every alert event for the coach on the topic, once the outbox holds nothing unpublished for them. */
    private static List<ConsumerRecord<String, String>> published(String coachId) {
        await().atMost(Progress.DEADLINE).until(() -> Database.count(
                "select count(*) from outbox_event where record_key = ? and published_at is null", coachId) == 0);
        return KafkaTopicProbe.recordsUntilNow(CoachAlertEvents.TOPIC, Duration.ofSeconds(20)).stream()
                .filter(record -> coachId.equals(record.key())).toList();
    }
}
