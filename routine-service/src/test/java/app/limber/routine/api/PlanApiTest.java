package app.limber.routine.api;

import app.limber.routine.support.Api;
import app.limber.routine.support.Plans;
import app.limber.routine.support.Routines;
import app.limber.routine.support.CatalogEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.ZoneId;

import static app.limber.routine.support.Api.anonymous;
import static app.limber.routine.support.Api.as;
import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.newUser;
import static org.hamcrest.Matchers.contains;
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
        assertEquals(user, record.key());
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
        String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();

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
        athlete(owner).get("/plans").then().statusCode(200).body("id", contains(id)).body("[0].status", equalTo("active"));
        String stranger = newUser();
        athlete(stranger).get("/plans").then().statusCode(200).body("size()", equalTo(0));
        athlete(stranger).delete("/plans/" + id).then().statusCode(404).contentType("application/problem+json");
        athlete(owner).get("/plans").then().body("[0].endsOn", nullValue());
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
            "routineId|\"routineId\":\"|\"routineId\":\"00000000-0000-4000-8000-000000000000\",\"x\":\"",
    })
    void aBadPlanNamesTheField(String field, String good, String bad) {
        athlete(newUser()).body(Plans.openEnded().replace(good, bad)).post("/plans").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }

    @Test
    void anotherUsersPrivateRoutineIsNoSuchRoutine() {
        CatalogEvents.ensureSeedCatalog();
        String routine = Routines.create(athlete(newUser()), Routines.body("Mine"));
        athlete(newUser()).body(Plans.body(routine, 2, "UTC", "2026-11-23", null)).post("/plans").then().statusCode(400)
                .body("errors[0].field", equalTo("routineId"));
    }
}
