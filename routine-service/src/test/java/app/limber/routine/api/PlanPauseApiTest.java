package app.limber.routine.api;

import app.limber.routine.support.Api;
import app.limber.routine.support.Coaching;
import app.limber.routine.support.Plans;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.coach;
import static app.limber.routine.support.Api.newUser;
import static app.limber.routine.support.Coaching.ASSIGN_PLANS;
import static app.limber.routine.support.Coaching.VIEW_PROGRESS;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pausing plans and resuming them early, by the athlete and by their coach; the events. Today is Wednesday
 * 2026-11-25 (TestClock); the plans here run in Europe/Berlin from Monday 2026-11-16.
 */
@QuarkusTest
class PlanPauseApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";

    @Test
    void theAthletePausesAPlanWhichListsThePauseAndPublishesIt() throws Exception {
        String user = newUser();
        String plan = Plans.create(athlete(user));

        var created = athlete(user).body(pause("2026-11-30", "2026-12-13")).post(pauses(plan)).then().statusCode(201)
                .body("startsOn", equalTo("2026-11-30")).body("endsOn", equalTo("2026-12-13"))
                .body("pausedBy", equalTo(user)).body("resumedOn", nullValue())
                .extract();
        String id = created.path("id");
        String location = created.header("Location");
        assertTrue(location.endsWith(pauses(plan) + "/" + id), location);
        assertEquals(JSON.readTree(created.asString()),
                JSON.readTree(athlete(user).get(location).then().statusCode(200).extract().asString()));
        athlete(user).get("/plans/" + plan).then().body("pauses.id", contains(id)).body("status", equalTo("active"));
        athlete(user).get("/plans").then().body("items[0].pauses.id", contains(id));

        ConsumerRecord<String, String> record = Api.awaitEvent("limber.plan.paused.v1", id);
        assertEquals(Api.aliasOf(user), record.key(), "keyed by the user's alias");
        JsonNode event = JSON.readTree(record.value());
        assertEquals(plan, event.get("planId").asText());
        assertEquals("2026-11-30", event.get("startsOn").asText());
        assertEquals("2026-12-13", event.get("endsOn").asText());
        assertEquals(user, event.get("pausedBy").asText());
    }

    @Test
    void aPauseLastsAtMostNinetyDays() {
        String user = newUser();
        String plan = Plans.create(athlete(user));
        athlete(user).body(pause("2026-12-01", "2027-03-01")).post(pauses(plan)).then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("endsOn"))
                .body("errors[0].message", equalTo("must be a date from 2026-12-01 to 2027-02-28"));
        athlete(user).body(pause("2026-12-01", "2027-02-28")).post(pauses(plan)).then().statusCode(201);
        athlete(user).body(pause("2027-03-02", "2027-03-02")).post(pauses(plan)).then().statusCode(201);
    }

    @ParameterizedTest(name = "{0} {1}..{2}: {4}")
    @CsvSource(delimiter = '|', value = {
            "startsOn|2027-11-26|2027-11-27|must be a date from 2025-11-25 to 2027-11-25",
            "startsOn|2026-11-10|2026-11-20|must be a date from 2026-11-16 to 2027-11-25",
            "endsOn|2026-12-10|2026-12-09|must be a date from 2026-12-10 to 2027-03-09",
    })
    void pauseDatesNameTheFieldAndItsBounds(String field, String startsOn, String endsOn, String message) {
        String user = newUser();
        String plan = Plans.create(athlete(user));
        athlete(user).body(pause(startsOn, endsOn)).post(pauses(plan)).then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo(field)).body("errors[0].message", equalTo(message));
    }

    @Test
    void aPauseNeedsBothDaysAsDates() {
        String user = newUser();
        String plan = Plans.create(athlete(user));
        athlete(user).body("{\"startsOn\":\"2026-12-01\"}").post(pauses(plan)).then().statusCode(400)
                .body("errors[0].field", equalTo("endsOn")).body("errors[0].message", equalTo("is required"));
        athlete(user).body(pause("2026-12-01", "01.12.2026")).post(pauses(plan)).then().statusCode(400)
                .body("errors[0].field", equalTo("endsOn"));
    }

    @Test
    void pausesOfAPlanDoNotOverlap() {
        String user = newUser();
        String plan = Plans.create(athlete(user));
        athlete(user).body(pause("2026-12-01", "2026-12-10")).post(pauses(plan)).then().statusCode(201);

        athlete(user).body(pause("2026-12-10", "2026-12-20")).post(pauses(plan)).then().statusCode(409)
                .contentType(PROBLEM);
        athlete(user).body(pause("2026-11-26", "2026-12-01")).post(pauses(plan)).then().statusCode(409);
        athlete(user).body(pause("2026-12-11", "2026-12-20")).post(pauses(plan)).then().statusCode(201);
        athlete(user).body(pause("2026-11-26", "2026-11-30")).post(pauses(plan)).then().statusCode(201);
        athlete(user).get("/plans/" + plan).then()
                .body("pauses.startsOn", contains("2026-11-26", "2026-12-01", "2026-12-11"));
    }

    @Test
    void anEndedPlanCannotBePaused() {
        String user = newUser();
        String plan = Plans.create(athlete(user));
        athlete(user).delete("/plans/" + plan).then().statusCode(200);
        athlete(user).body(pause("2026-12-01", "2026-12-10")).post(pauses(plan)).then().statusCode(409)
                .contentType(PROBLEM);
    }

    @Test
    void resumingEndsThePauseTodayOnceAndFreesTheRestOfIt() throws Exception {
        String user = newUser();
        String plan = Plans.create(athlete(user));
        String id = athlete(user).body(pause("2026-11-20", "2026-12-10")).post(pauses(plan)).then().statusCode(201)
                .extract().path("id");
        athlete(user).get("/plans/" + plan).then().body("status", equalTo("paused"));

        athlete(user).delete(pauses(plan) + "/" + id).then().statusCode(200).body("resumedOn", equalTo("2026-11-25"));
        athlete(user).get("/plans/" + plan).then().body("status", equalTo("active"));
        JsonNode event = JSON.readTree(Api.awaitEvent("limber.plan.resumed.v1", id).value());
        assertEquals("2026-11-25", event.get("resumedOn").asText());
        assertEquals(plan, event.get("planId").asText());

        athlete(user).delete(pauses(plan) + "/" + id).then().statusCode(200).body("resumedOn", equalTo("2026-11-25"));
        String later = athlete(user).body(pause("2026-11-25", "2026-11-26")).post(pauses(plan)).then().statusCode(201)
                .extract().path("id");
        Api.awaitEvent("limber.plan.paused.v1", later);
        athlete(user).get("/plans").then().body("items.find { it.id == '" + plan + "' }.status", equalTo("paused"));
        assertEquals(1, Api.countEvents("limber.plan.resumed.v1", id), "the repeated resume published nothing");
    }

    @Test
    void resumingAPauseThatHasNotBegunCancelsItAndOneThatIsOverIsAConflict() {
        String user = newUser();
        String plan = Plans.create(athlete(user));
        String future = athlete(user).body(pause("2026-12-24", "2027-01-01")).post(pauses(plan)).then().statusCode(201)
                .extract().path("id");
        String past = athlete(user).body(pause("2026-11-17", "2026-11-24")).post(pauses(plan)).then().statusCode(201)
                .extract().path("id");

        athlete(user).delete(pauses(plan) + "/" + future).then().statusCode(200).body("resumedOn", equalTo("2026-12-24"));
        athlete(user).delete(pauses(plan) + "/" + past).then().statusCode(409).contentType(PROBLEM);
        athlete(user).body(pause("2026-12-24", "2027-01-01")).post(pauses(plan)).then().statusCode(201);
    }

    @Test
    void aCoachWhoMayAssignPlansPausesAndResumesTheAthletesPlans() throws Exception {
        String coach = newUser();
        String athlete = newUser();
        Coaching.link(athlete, coach, ASSIGN_PLANS);
        String plan = Plans.create(athlete(athlete));
        String coachPauses = "/coach/athletes/" + athlete + "/plans/" + plan + "/pauses";

        var created = coach(coach).body(pause("2026-12-01", "2026-12-14")).post(coachPauses).then().statusCode(201)
                .body("pausedBy", equalTo(coach)).extract();
        String id = created.path("id");
        coach(coach).get(created.header("Location")).then().statusCode(200).body("id", equalTo(id));
        athlete(athlete).get("/plans/" + plan).then().body("pauses[0].pausedBy", equalTo(coach));
        ConsumerRecord<String, String> paused = Api.awaitEvent("limber.plan.paused.v1", id);
        assertEquals(Api.aliasOf(athlete), paused.key(), "keyed by the user's alias");
        assertEquals(coach, JSON.readTree(paused.value()).get("pausedBy").asText());

        coach(coach).delete(coachPauses + "/" + id).then().statusCode(200).body("resumedOn", equalTo("2026-12-01"));
        Api.awaitEvent("limber.plan.resumed.v1", id);
    }

    @Test
    void nobodyElsePausesAPlan() {
        String owner = newUser();
        String plan = Plans.create(athlete(owner));
        String pauseId = athlete(owner).body(pause("2026-12-01", "2026-12-02")).post(pauses(plan)).then().statusCode(201)
                .extract().path("id");
        String watcher = newUser();
        Coaching.link(owner, watcher, VIEW_PROGRESS);

        athlete(newUser()).body(pause("2026-12-05", "2026-12-06")).post(pauses(plan)).then().statusCode(404)
                .contentType(PROBLEM);
        athlete(newUser()).delete(pauses(plan) + "/" + pauseId).then().statusCode(404);
        coach(watcher).body(pause("2026-12-05", "2026-12-06"))
                .post("/coach/athletes/" + owner + "/plans/" + plan + "/pauses").then().statusCode(404);
        coach(watcher).delete("/coach/athletes/" + owner + "/plans/" + plan + "/pauses/" + pauseId).then().statusCode(404);
        athlete(owner).get("/plans/" + plan).then().body("pauses.id", contains(pauseId))
                .body("pauses[0].resumedOn", nullValue());
    }

    private static String pauses(String plan) {
        return "/plans/" + plan + "/pauses";
    }

    private static String pause(String startsOn, String endsOn) {
        return "{\"startsOn\":\"" + startsOn + "\",\"endsOn\":\"" + endsOn + "\"}";
    }
}
