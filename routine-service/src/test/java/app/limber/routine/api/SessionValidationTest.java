package app.limber.routine.api;

import app.limber.routine.support.CatalogEvents;
import app.limber.routine.support.Plans;
import app.limber.routine.support.Sessions;
import app.limber.routine.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.newUser;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every bad session is a 400 problem naming the field. */
@QuarkusTest
class SessionValidationTest {

    private static final Instant DONE = Instant.parse("2026-11-20T07:00:00Z");

    @BeforeAll
    static void catalog() {
        CatalogEvents.ensureSeedCatalog();
    }

    private static String session(Instant startedAt, Instant completedAt) {
        return Sessions.body(null, startedAt, completedAt, "Europe/Berlin");
    }

    private static void assertBadField(String body, String field) {
        athlete(newUser()).body(body).post("/sessions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void timesThatCannotBe() {
        Instant inSixMinutes = TestClock.NOW.plusSeconds(360);
        assertBadField(session(inSixMinutes.minusSeconds(600), inSixMinutes), "completedAt");
        assertBadField(session(DONE, DONE.minusSeconds(1)), "completedAt");
        assertBadField(session(DONE.minusSeconds(12 * 3600 + 1), DONE), "completedAt");
        Instant longAgo = Instant.parse("-5000-01-01T00:00:00Z");
        assertBadField(session(longAgo, longAgo.plusSeconds(600)), "startedAt");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "timeZone|\"timeZone\":\"Europe/Berlin\"|\"timeZone\":\"CET+1\"",
            "timeZone|\"timeZone\":\"Europe/Berlin\"|\"timeZone\":\"\"",
            "routineId|f8f6e0ed-8fdb-3cde-9091-68b0b2d2d8ea|11111111-1111-4111-8111-111111111111",
            "routineId|\"routineId\":\"|\"routineId\":\"warm-up",
            "startedAt|\"startedAt\":\"2026|\"startedAt\":\"yesterday 2026",
            "completedAt|,\"completedAt\":\"2026-11-20T07:00:00Z\"|''",
            "completedAtt|\"completedAt\":|\"completedAtt\":",
            "effort|\"effort\":6|\"effort\":11",
            "effort|\"effort\":6|\"effort\":0",
            "exercises[1].exerciseSlug|\"exerciseSlug\":\"clamshells\",\"side\":\"left\"|\"exerciseSlug\":\"moonwalk\",\"side\":\"left\"",
            "exercises[0].side|\"side\":\"both\"|\"side\":\"middle\"",
            "exercises[0].exerciseSlug|\"exerciseSlug\":\"leg-swings\"|\"exerciseSlug\":\"leg\\u0000swings\"",
            "exercises[0].setsDone|\"setsDone\":1,\"repsDone\":12|\"setsDone\":-1,\"repsDone\":12",
            "exercises[0].repsDone|\"repsDone\":12|\"repsDone\":-3",
            "exercises[0].holdSeconds|\"holdSeconds\":0|\"holdSeconds\":-1",
            "planId|\"effort\":6|\"effort\":6,\"planId\":\"22222222-2222-4222-8222-222222222222\"",
    })
    void aBadFieldIsNamed(String field, String good, String bad) {
        String body = session(DONE.minusSeconds(600), DONE);
        assertTrue(body.contains(good), body);
        assertBadField(body.replace(good, bad), field);
    }

    @Test
    void aSessionHasExercises() {
        String empty = session(DONE.minusSeconds(600), DONE).replaceAll("(?s)\"exercises\":\\[.*]", "\"exercises\":[]");
        assertBadField(empty, "exercises");
    }

    @Test
    void listingDatesAreDates() {
        athlete(newUser()).queryParam("from", "yesterday").get("/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
        athlete(newUser()).queryParam("from", "2026-11-10").queryParam("to", "2026-11-01").get("/sessions").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        athlete(newUser()).queryParam("to", "+999999999-12-31").get("/sessions").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void aRoutineTheUserCannotSeeIsNoSuchRoutine() {
        String plan = Plans.create(athlete(newUser()));
        assertBadField(session(DONE.minusSeconds(600), DONE).replace("\"effort\":6", "\"effort\":6,\"planId\":\"" + plan + "\""),
                "planId");
    }
}
