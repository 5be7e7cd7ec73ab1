package app.limber.routine.api;

import app.limber.routine.support.Api;
import app.limber.routine.support.CatalogEvents;
import app.limber.routine.support.Plans;
import app.limber.routine.support.Routines;
import app.limber.routine.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
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

/** Plans: own data only, every change published as a contract-valid event. */
@QuarkusTest
class PlanApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void schedulingAPlanPublishesPlanScheduled() throws Exception {
        String user = newUser();
        String id = athlete(user).body(Plans.body(Plans.WARM_UP_TEMPLATE, 2, "America/Los_Angeles", "2026-11-23", "2027-01-17"))
                .post("/plans").then().statusCode(201)
                .body("weeklyTarget", equalTo(2))
                .body("endsOn", equalTo("2027-01-17"))
                .extract().path("id");

        ConsumerRecord<String, String> record = Api.awaitEvent("limber.plan.scheduled.v1", id);
        assertEquals(Api.aliasOf(user), record.key(), "keyed by the user's alias");
        JsonNode event = JSON.readTree(record.value());
        assertEquals(Plans.WARM_UP_TEMPLATE, event.get("routineId").asText());
        assertEquals("America/Los_Angeles", event.get("timeZone").asText());
        assertEquals("2026-11-23", event.get("startsOn").asText());

        String openEnded = Plans.create(athlete(user));
        JsonNode open = JSON.readTree(Api.awaitEvent("limber.plan.scheduled.v1", openEnded).value());
        assertTrue(open.has("endsOn") && open.get("endsOn").isNull(), "endsOn is present and null");
    }

    @Test
    void endingAPlanEndsItTodayAndPublishesPlanEndedOnce() throws Exception {
        String user = newUser();
        String id = Plans.create(athlete(user));
        String today = TestClock.today("Europe/Berlin").toString();

        athlete(user).delete("/plans/" + id).then().statusCode(200)
                .body("endsOn", equalTo(today))
                .body("status", equalTo("ended"));
        JsonNode ended = JSON.readTree(Api.awaitEvent("limber.plan.ended.v1", id).value());
        assertEquals(today, ended.get("endsOn").asText());
        assertEquals(user, ended.get("userId").asText());

        athlete(user).delete("/plans/" + id).then().statusCode(200).body("endsOn", equalTo(today));
        // the second DELETE changed nothing; a later plan's event proves the relay got past it
        String later = Plans.create(athlete(user));
        Api.awaitEvent("limber.plan.scheduled.v1", later);
        assertEquals(1, Api.countEvents("limber.plan.ended.v1", id));
    }

    @Test
    void aUserSeesAndEndsOnlyTheirOwnPlans() {
        String owner = newUser();
        String id = Plans.create(athlete(owner));
        athlete(owner).get("/plans").then().statusCode(200).body("items.id", contains(id)).body("items[0].status", equalTo("active"));
        String stranger = newUser();
        athlete(stranger).get("/plans").then().statusCode(200).body("items", empty()).body("total", equalTo(0));
        athlete(stranger).delete("/plans/" + id).then().statusCode(404).contentType("application/problem+json");
        athlete(owner).get("/plans").then().body("items[0].endsOn", nullValue());
    }

    @Test
    void plansNeedATokenAndTheAthleteOrAdminRole() {
        anonymous().get("/plans").then().statusCode(401);
        anonymous().body(Plans.openEnded()).post("/plans").then().statusCode(401);
        as(newUser(), "analyst").get("/plans").then().statusCode(403);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "weeklyTarget|\"weeklyTarget\":3|\"weeklyTarget\":15",
            "weeklyTarget|\"weeklyTarget\":3|\"weeklyTarget\":0",
            "timeZone|Europe/Berlin|+01:00",
            "timeZone|Europe/Berlin|Mars/Olympus_Mons",
            "startsOn|\"startsOn\":\"2026-11-16\"|\"startsOn\":\"16.11.2026\"",
            "startsOn|,\"startsOn\":\"2026-11-16\"|''",
            "endsOn|\"startsOn\":\"2026-11-16\"|\"startsOn\":\"2026-11-16\",\"endsOn\":\"2026-11-15\"",
            "startsOn|\"startsOn\":\"2026-11-16\"|\"startsOn\":\"+999999999-11-16\"",
            "routineId|\"routineId\":\"|\"routineId\":\"not-a-uuid",
            "routineId|f8f6e0ed-8fdb-3cde-9091-68b0b2d2d8ea|00000000-0000-4000-8000-000000000000",
            "weeklyTarget|\"weeklyTarget\":3|\"weeklyTarget\":2.5",
            "weeklyTarget|\"weeklyTarget\":3|\"weeklyTarget\":\"3\"",
            "startsOn|2026-11-16|1999-01-01",
            "startsOn|2026-11-16|2027-11-26",
            "weeklyTargt|\"weeklyTarget\":3|\"weeklyTarget\":3,\"weeklyTargt\":3",
    })
    void aBadPlanNamesTheField(String field, String good, String bad) {
        String body = Plans.openEnded();
        assertTrue(body.contains(good), body);
        athlete(newUser()).body(body.replace(good, bad)).post("/plans").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void coercionAndTyposAreRefusedNamingTheField() {
        athlete(newUser()).body(Plans.openEnded().replace("\"weeklyTarget\":3", "\"weeklyTarget\":2.5")).post("/plans")
                .then().statusCode(400).body("errors[0].message", equalTo("must be a whole number from 1 to 14"));
        athlete(newUser()).body(Plans.openEnded().replace("\"weeklyTarget\":3", "\"weeklyTarget\":15")).post("/plans")
                .then().statusCode(400).body("errors[0].message", equalTo("must be a whole number from 1 to 14"));
        athlete(newUser()).body(Plans.openEnded().replace("\"weeklyTarget\":3", "\"weeklyTarget\":3,\"weeklyTargt\":3"))
                .post("/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("weeklyTargt")).body("errors[0].message", equalTo("is not a known field"));
        athlete(newUser()).body(Plans.body(Plans.WARM_UP_TEMPLATE, 3, "Europe/Berlin", "1999-01-01", null)).post("/plans")
                .then().statusCode(400)
                .body("errors[0].message", equalTo("must be a date from 2025-11-25 to 2027-11-25"));
    }

    @Test
    void theLocationOfANewPlanAnswersTheSameBodyToItsOwnerOnly() throws Exception {
        String user = newUser();
        var created = athlete(user).body(Plans.openEnded()).post("/plans").then().statusCode(201).extract();
        String location = created.header("Location");
        assertTrue(location.endsWith("/plans/" + created.path("id")), location);
        String fetched = athlete(user).get(location).then().statusCode(200).extract().asString();
        assertEquals(JSON.readTree(created.asString()), JSON.readTree(fetched));
        athlete(newUser()).get(location).then().statusCode(404).contentType("application/problem+json");
        athlete(user).get("/plans/" + java.util.UUID.randomUUID()).then().statusCode(404);
        athlete(user).get("/plans/not-a-uuid").then().statusCode(404);
    }

    @Test
    void plansArePagedLatestStartFirst() {
        String user = newUser();
        List<String> ids = new ArrayList<>();
        for (String startsOn : List.of("2026-11-02", "2026-11-30", "2026-11-16")) {
            ids.add(Plans.create(athlete(user), Plans.body(Plans.WARM_UP_TEMPLATE, 2, "UTC", startsOn, null)));
        }
        athlete(user).queryParam("size", 2).get("/plans").then().statusCode(200)
                .body("items.startsOn", contains("2026-11-30", "2026-11-16"))
                .body("page", equalTo(0)).body("size", equalTo(2)).body("total", equalTo(3));
        athlete(user).queryParam("size", 2).queryParam("page", 1).get("/plans").then().statusCode(200)
                .body("items.id", contains(ids.get(0))).body("total", equalTo(3));
        athlete(user).queryParam("page", 7).get("/plans").then().statusCode(200)
                .body("items", empty()).body("total", equalTo(3));
        athlete(user).queryParam("size", 101).get("/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].message", equalTo("must be a whole number from 1 to 100"));
        athlete(user).queryParam("sise", 2).get("/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("sise"))
                .body("errors[0].message", equalTo("is not a known parameter"));
    }

    @Test
    void anotherUsersPrivateRoutineIsNoSuchRoutine() {
        CatalogEvents.ensureSeedCatalog();
        String routine = Routines.create(athlete(newUser()), Routines.body("Mine"));
        athlete(newUser()).body(Plans.body(routine, 2, "UTC", "2026-11-23", null)).post("/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("routineId"));
    }
}
