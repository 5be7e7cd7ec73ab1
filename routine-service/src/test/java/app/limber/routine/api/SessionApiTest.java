package app.limber.routine.api;

import app.limber.routine.support.Api;
import app.limber.routine.support.CatalogEvents;
import app.limber.routine.support.Plans;
import app.limber.routine.support.Sessions;
import app.limber.routine.support.TestClock;
import app.limber.testing.contracts.EventContracts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static app.limber.routine.support.Api.anonymous;
import static app.limber.routine.support.Api.as;
import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.newUser;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recording, listing and deleting sessions; the events they publish. */
@QuarkusTest
class SessionApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void catalog() {
        CatalogEvents.ensureSeedCatalog();
    }

    @Test
    void aSessionIsPublishedWithItsLocalDayDurationAndTargetAreas() throws Exception {
        String user = newUser();
        String plan = Plans.create(athlete(user));
        Instant completed = Instant.parse("2026-11-21T06:30:20Z");
        String id = athlete(user).body(Sessions.body(plan, completed.minusSeconds(1095), completed, "America/Los_Angeles"))
                .post("/sessions").then().statusCode(201)
                .body("localDate", equalTo("2026-11-20"))
                .body("durationSeconds", equalTo(1095))
                .body("purpose", equalTo("warm-up"))
                .body("exercises[1].holdSeconds", equalTo(0))
                .extract().path("id");

        JsonNode event = JSON.readTree(Api.awaitEvent("limber.session.completed.v1", id).value());
        assertEquals(user, event.get("userId").asText());
        assertEquals(plan, event.get("planId").asText());
        assertEquals("warm-up", event.get("purpose").asText());
        assertEquals("2026-11-20", event.get("localDate").asText());
        assertEquals(1095, event.get("durationSeconds").asInt());
        assertEquals(6, event.get("effort").asInt());
        assertEquals(JSON.readTree("[\"hip-flexors\",\"hamstrings\",\"adductors\",\"abductors\",\"hips\"]"),
                event.at("/exercises/0/targetAreas"));
        assertEquals("right", event.at("/exercises/2/side").asText());
        assertTrue(!event.at("/exercises/2/completed").asBoolean());
    }

    @Test
    void aSessionCarriesTheRoutineAsPrescribedAndTheItemOfEachExercise() throws Exception {
        String id = athlete(newUser()).body(Sessions.body(null)).post("/sessions").then().statusCode(201)
                .extract().path("id");

        String published = Api.awaitEvent("limber.session.completed.v1", id).value();
        assertEquals(List.of(), EventContracts.validate("limber.session.completed.v1", published));
        JsonNode event = JSON.readTree(published);
        assertEquals(JSON.readTree("{\"min\":1,\"max\":1}"), event.at("/prescription/rounds"));
        assertEquals(7, event.at("/prescription/items").size(), "the warm-up template has seven items");
        // the template's own prescription for clamshells (one light set), not the catalog's 2-3 sets
        assertEquals(JSON.readTree("""
                {"position":3,"exerciseSlug":"clamshells","perSide":true,"sets":{"min":1,"max":1},
                 "reps":{"min":10,"max":15}}"""), event.at("/prescription/items/2"));
        // leg-swings keeps its catalog default
        assertEquals(JSON.readTree("""
                {"position":7,"exerciseSlug":"leg-swings","perSide":true,"sets":{"min":1,"max":1},
                 "reps":{"min":10,"max":15}}"""), event.at("/prescription/items/6"));
        // the left and the right entry of the per-side clamshells both belong to item 3
        assertEquals(List.of(7, 3, 3), List.of(event.at("/exercises/0/itemPosition").asInt(),
                event.at("/exercises/1/itemPosition").asInt(), event.at("/exercises/2/itemPosition").asInt()));
    }

    @Test
    void withoutPlanOrEffortThoseAreNullInTheEvent() throws Exception {
        String user = newUser();
        String id = athlete(user).body(Sessions.body(null).replace("\"effort\":6,", "")).post("/sessions")
                .then().statusCode(201).extract().path("id");
        JsonNode event = JSON.readTree(Api.awaitEvent("limber.session.completed.v1", id).value());
        assertTrue(event.get("planId").isNull() && event.get("effort").isNull());
    }

    @Test
    void discomfortIsStoredShownAndPublished() throws Exception {
        String user = newUser();
        String id = athlete(user).body(Sessions.body(null).replace("\"effort\":6,", "\"effort\":6,\"discomfort\":0,"))
                .post("/sessions").then().statusCode(201).body("discomfort", equalTo(0)).extract().path("id");
        athlete(user).get("/sessions/" + id).then().body("discomfort", equalTo(0));
        assertEquals(0, JSON.readTree(Api.awaitEvent("limber.session.completed.v1", id).value()).get("discomfort").asInt(),
                "no pain at all is worth telling");

        String hurting = athlete(user).body(Sessions.body(null).replace("\"effort\":6,", "\"discomfort\":7,"))
                .post("/sessions").then().statusCode(201).extract().path("id");
        athlete(user).get("/sessions").then().body("items.find { it.id == '" + hurting + "' }.discomfort", equalTo(7));
        assertEquals(7, JSON.readTree(Api.awaitEvent("limber.session.completed.v1", hurting).value()).get("discomfort").asInt());
    }

    @Test
    void withoutDiscomfortItIsNullInTheSessionAndAbsentFromTheEvent() throws Exception {
        String user = newUser();
        String id = athlete(user).body(Sessions.body(null)).post("/sessions").then().statusCode(201)
                .body("discomfort", nullValue()).extract().path("id");
        JsonNode event = JSON.readTree(Api.awaitEvent("limber.session.completed.v1", id).value());
        assertTrue(!event.has("discomfort"), "left out, as in the records written before it existed: " + event);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "11", "2.5", "\"3\"", "true"})
    void discomfortIsAWholeNumberFromZeroToTen(String value) {
        athlete(newUser()).body(Sessions.body(null).replace("\"effort\":6,", "\"discomfort\":" + value + ","))
                .post("/sessions").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("discomfort"))
                .body("errors[0].message", equalTo("must be a whole number from 0 to 10"));
    }

    @Test
    void sessionsAreListedByLocalDayAndDeletedWithAnEvent() throws Exception {
        String user = newUser();
        String early = athlete(user).body(Sessions.body(null, Instant.parse("2026-10-01T07:00:00Z"),
                Instant.parse("2026-10-01T07:20:00Z"), "Europe/Berlin")).post("/sessions").then().statusCode(201)
                .extract().path("id");
        String late = athlete(user).body(Sessions.body(null, Instant.parse("2026-10-10T07:00:00Z"),
                Instant.parse("2026-10-10T07:20:00Z"), "Europe/Berlin")).post("/sessions").then().statusCode(201)
                .extract().path("id");
        athlete(user).get("/sessions").then().statusCode(200).body("items.id", contains(late, early)).body("total", equalTo(2));
        athlete(user).queryParam("from", "2026-10-05").queryParam("to", "2026-10-31").get("/sessions").then()
                .body("items.id", contains(late)).body("total", equalTo(1));
        athlete(newUser()).get("/sessions").then().statusCode(200).body("items", empty()).body("total", equalTo(0));

        athlete(newUser()).delete("/sessions/" + late).then().statusCode(404);
        athlete(user).delete("/sessions/" + late).then().statusCode(204);
        athlete(user).get("/sessions").then().body("items.id", contains(early));
        JsonNode deleted = JSON.readTree(Api.awaitEvent("limber.session.deleted.v1", late).value());
        assertEquals(user, deleted.get("userId").asText());
        athlete(user).delete("/sessions/" + late).then().statusCode(404);
    }

    @Test
    void theLocationOfANewSessionAnswersTheSameBodyToItsOwnerOnly() throws Exception {
        String user = newUser();
        // nanoseconds in, milliseconds out: the POST and the GET render the same instant the same way
        Instant completed = Instant.parse("2026-11-21T06:30:20.123456789Z");
        var created = athlete(user).body(Sessions.body(null, completed.minusSeconds(600), completed, "UTC"))
                .post("/sessions").then().statusCode(201)
                .body("completedAt", equalTo("2026-11-21T06:30:20.123Z"))
                .extract();
        String location = created.header("Location");
        assertTrue(location.endsWith("/sessions/" + created.path("id")), location);
        String fetched = athlete(user).get(location).then().statusCode(200).extract().asString();
        assertEquals(JSON.readTree(created.asString()), JSON.readTree(fetched));
        athlete(newUser()).get(location).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void sessionsArePagedWithTheirTotalAndNoHiddenCap() {
        String user = newUser();
        Instant first = Instant.parse("2026-11-01T07:00:00Z");
        for (int day = 0; day < 5; day++) {
            Instant completed = first.plus(day, ChronoUnit.DAYS);
            athlete(user).body(Sessions.body(null, completed.minusSeconds(600), completed, "UTC")).post("/sessions")
                    .then().statusCode(201);
        }
        athlete(user).queryParam("size", 2).queryParam("page", 2).get("/sessions").then().statusCode(200)
                .body("items.localDate", contains("2026-11-01"))
                .body("page", equalTo(2)).body("size", equalTo(2)).body("total", equalTo(5));
        athlete(user).queryParam("from", "2026-11-02").queryParam("to", "2026-11-03").get("/sessions").then()
                .body("items.localDate", contains("2026-11-03", "2026-11-02")).body("total", equalTo(2));
        athlete(user).queryParam("form", "2026-11-02").get("/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("form")).body("errors[0].message", equalTo("is not a known parameter"));
    }

    @Test
    void anotherUsersPlanIsNoSuchPlan() {
        String plan = Plans.create(athlete(newUser()));
        athlete(newUser()).body(Sessions.body(plan)).post("/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("planId"));
    }

    @Test
    void aSessionMayBeBackDatedAndCompleteUpToFiveMinutesAhead() {
        Instant soon = TestClock.NOW.plusSeconds(240);
        athlete(newUser()).body(Sessions.body(null, soon.minusSeconds(600), soon, "UTC")).post("/sessions")
                .then().statusCode(201)
                .body("localDate", equalTo(LocalDate.ofInstant(soon, ZoneId.of("UTC")).toString()));
        athlete(newUser()).body(Sessions.body(null, Instant.parse("2024-02-29T18:00:00Z"),
                Instant.parse("2024-02-29T18:30:00Z"), "Asia/Tokyo")).post("/sessions").then().statusCode(201)
                .body("localDate", equalTo("2024-03-01"));
    }

    @Test
    void sessionsNeedATokenAndTheAthleteOrAdminRole() {
        anonymous().get("/sessions").then().statusCode(401);
        anonymous().body(Sessions.body(null)).post("/sessions").then().statusCode(401);
        as(newUser(), "analyst").body(Sessions.body(null)).post("/sessions").then().statusCode(403);
    }
}
