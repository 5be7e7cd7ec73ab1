package app.limber.routine.privacy;

import app.limber.platform.privacy.MasterKey;
import app.limber.platform.privacy.UserKeyRecord;
import app.limber.routine.service.ErasureService;
import app.limber.routine.support.Api;
import app.limber.routine.support.CatalogEvents;
import app.limber.routine.support.Coaching;
import app.limber.routine.support.Plans;
import app.limber.routine.support.Routines;
import app.limber.routine.support.Sessions;
import app.limber.testing.Database;
import app.limber.testing.KafkaTopicProbe;
import app.limber.testing.LimberTestResource;
import app.limber.testing.TestMasterKey;
import app.limber.testing.privacy.PersonalDataScanner;
import app.limber.testing.contracts.EventContracts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static app.limber.routine.support.Api.admin;
import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.coach;
import static app.limber.routine.support.Api.newUser;
import static app.limber.routine.support.Coaching.ASSIGN_PLANS;
import static app.limber.routine.support.Coaching.VIEW_PROGRESS;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forget me: a request answered with a status, routine's part erased and confirmed, the status complete once catalog
 * and progress confirm too; nothing of the person left in routine's database, nor in the confirmations.
 */
@QuarkusTest
class ErasureApiTest {

    @Inject
    ErasureService erasures;

    @BeforeEach
    void catalogKnown() {
        CatalogEvents.ensureSeedCatalog();
    }

    @Test
    void routineErasesEverythingOfTheUserAndKeepsOthersHistoryWhole() {
        String user = "canary-" + newUser();
        String control = newUser();
        String routine = Routines.create(athlete(user), Routines.body("Canary routine"));
        String plan = Plans.create(athlete(user));
        athlete(user).body("{\"startsOn\":\"2026-12-01\",\"endsOn\":\"2026-12-14\"}").post("/plans/" + plan + "/pauses")
                .then().statusCode(201);
        athlete(user).body(Sessions.body(plan)).post("/sessions").then().statusCode(201);
        String coach = newUser();
        Coaching.link(user, coach, VIEW_PROGRESS);
        // the user also coaches the control athlete, who trains on the user's routine
        Coaching.link(control, user, ASSIGN_PLANS);
        String assigned = coach(user).body(Plans.body(routine, 2, "Europe/Berlin", "2026-11-16", null))
                .post("/coach/athletes/" + control + "/plans").then().statusCode(201).extract().path("id");
        athlete(control).body(Sessions.body(assigned).replace(Plans.WARM_UP_TEMPLATE, routine)).post("/sessions")
                .then().statusCode(201);
        String controlSessions = athlete(control).get("/me/export").jsonPath().getList("sessions").toString();
        assertTrue(rowsMentioning(user) > 0, "the scan finds the user before the erasure");
        Awaitility.await().atMost(Api.EVENT_DEADLINE).until(() -> topicsMentioning(user, TestMasterKey.masterKey())
                .containsAll(Set.of("routine.coaching-events", "routine.plan-events", "routine.session-events")));
        assertEquals(Set.of(), topicsMentioning(user, null), "without the master key no topic shows the user");

        String alias = Api.aliasOf(user);
        ExtractableResponse<Response> answer = athlete(user).delete("/me").then().statusCode(202)
                .body("requestedBy", equalTo("user")).body("status", equalTo("pending")).extract();
        String location = answer.header("Location");
        assertTrue(location.endsWith("/erasures/" + answer.path("id")), location);

        awaitState(answer.path("id"), "routine", "erased");
        assertEquals(0, rowsMentioning(user), "no row of routine's database mentions the user");
        assertEquals(List.of(), athlete(user).get("/me/export").jsonPath().getList("sessions"));
        assertEquals(controlSessions, athlete(control).get("/me/export").jsonPath().getList("sessions").toString(),
                "the athlete the user coached keeps their sessions");
        athlete(control).get("/plans/" + assigned).then().statusCode(200).body("assignedBy", equalTo(null));
        assertEquals(List.of(List.of("Erased routine")), Database.rows("select name from routine where id = ?::uuid", routine),
                "the routine the athlete trained on stays for their history, nameless and ownerless");
        athlete(coach).get("/me/export").then().statusCode(200);
        assertEquals(0, coachOf(coach), "the user's coach no longer coaches them");

        ConsumerRecord<String, String> confirmation = KafkaTopicProbe.awaitRecord("privacy.erasure-confirmations",
                r -> r.value().contains(answer.path("id")), Api.EVENT_DEADLINE);
        EventContracts.assertValid("limber.erasure.confirmed.v1", confirmation.value());
        assertFalse(confirmation.value().contains(user) || confirmation.key().contains(user), "a confirmation names no one");
        ConsumerRecord<String, String> request = KafkaTopicProbe.awaitRecord("privacy.erasure-requests",
                r -> r.value().contains(answer.path("id")), Api.EVENT_DEADLINE);
        EventContracts.assertValid("limber.erasure.requested.v1", request.value());
        assertEquals(answer.path("id"), request.key());
        // the kept topics' sealed events no longer open, even with the master key; the request names the user for its
        // week; no other topic, dead letters included, holds them
        assertEquals(Set.of("privacy.erasure-requests"), topicsMentioning(user, TestMasterKey.masterKey()));
        assertEquals(0, Database.count("select count(*) from user_key where user_id = ?", user), "the user's key is gone");
        KafkaTopicProbe.awaitRecord(UserKeyRecord.TOPIC, r -> r.key().equals(alias) && r.value() == null,
                Api.EVENT_DEADLINE);
        athlete(user).body(Sessions.body(null)).post("/sessions").then().statusCode(410)
                .body("detail", equalTo("This account's data was erased; it takes no new data"));
    }

    @Test
    void theStatusIsCompleteWhenEveryServiceConfirmed() {
        String user = newUser();
        athlete(user).body(Sessions.body(null)).post("/sessions").then().statusCode(201);
        String id = admin(newUser()).delete("/admin/users/" + user).then().statusCode(202)
                .body("requestedBy", equalTo("admin")).extract().path("id");
        awaitState(id, "routine", "erased");
        Api.athlete(user).get("/erasures/" + id).then().statusCode(200).body("status", equalTo("pending"))
                .body("services.catalog.state", equalTo("pending")).body("services.progress.state", equalTo("pending"));

        confirm(id, "catalog");
        confirm(id, "progress");
        confirm(id, "progress");

        Awaitility.await().atMost(Api.EVENT_DEADLINE).untilAsserted(() -> athlete(user).get("/erasures/" + id).then()
                .statusCode(200).body("status", equalTo("complete")).body("services.catalog.state", equalTo("erased"))
                .body("services.progress.state", equalTo("erased")));
    }

    @Test
    void askingAgainWhileItRunsIsTheSameRequestAndAfterwardsFindsNothingLeft() {
        String user = newUser();
        athlete(user).body(Sessions.body(null)).post("/sessions").then().statusCode(201);
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> List.of(erasures.request(user, "user").id(),
                erasures.request(user, "user").id()));
        assertEquals(ids.get(0), ids.get(1));
        awaitState(ids.get(0).toString(), "routine", "erased");

        String again = athlete(user).delete("/me").then().statusCode(202).extract().path("id");
        awaitState(again, "routine", "erased");
        assertEquals(0, rowsMentioning(user));
    }

    @Test
    void aCoachCannotEraseTheirAthleteAndAnUnknownRequestIs404() {
        String athlete = newUser();
        String coach = newUser();
        Coaching.link(athlete, coach, VIEW_PROGRESS, ASSIGN_PLANS);
        coach(coach).delete("/admin/users/" + athlete).then().statusCode(403);
        assertEquals(1, coachOf(coach));
        athlete(athlete).get("/erasures/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static void awaitState(String id, String service, String state) {
        Awaitility.await().atMost(Api.EVENT_DEADLINE).untilAsserted(() -> athlete(newUser()).get("/erasures/" + id)
                .then().statusCode(200).body("services." + service + ".state", equalTo(state)));
    }

    private static void confirm(String requestId, String service) {
        String eventId = UUID.randomUUID().toString();
        String json = "{\"eventId\":\"" + eventId + "\",\"occurredAt\":\"" + Instant.now() + "\",\"requestId\":\""
                + requestId + "\",\"service\":\"" + service + "\"}";
        EventContracts.assertValid("limber.erasure.confirmed.v1", json);
        KafkaTopicProbe.send("privacy.erasure-confirmations", requestId, json, Map.of("ce_id", eventId,
                "ce_type", "limber.erasure.confirmed.v1", "ce_source", "/" + service + "-service", "ce_specversion", "1.0"));
    }

    private static long coachOf(String coach) {
        return Database.count("select count(*) from coaching_grant where coach_id = ?", coach);
    }

    /** Rows of every table of routine's database whose text mentions the user id (the shared scanner's findings). */
    static long rowsMentioning(String userId) {
        return PersonalDataScanner.databases(List.of(new PersonalDataScanner.Database("routine",
                LimberTestResource.jdbcUrl(), LimberTestResource.jdbcUser(), LimberTestResource.jdbcPassword())),
                List.of(userId)).size();
    }

    private static Set<String> topicsMentioning(String user, MasterKey master) {
        return PersonalDataScanner.stores(PersonalDataScanner.topics(LimberTestResource.kafkaBootstrapServers(),
                List.of(user), master));
    }
}
