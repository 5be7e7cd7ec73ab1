package app.limber.progress.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.limber.progress.Progress;
import app.limber.progress.TestEvents;
import app.limber.progress.domain.IsoWeek;
import app.limber.testing.Database;
import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Three plans of one routine over the last three weeks (target 2 a week):
 * W-2: a 2/2, b 1/2, c 0/2 · W-1: a 2/2, b 2/2, c ended · W0 (running): a 1/2, b 0/2.
 */
@QuarkusTest
class AnalyticsTest {

    private final IsoWeek thisWeek = IsoWeek.containing(Instant.now(), ZoneOffset.UTC);
    private final LocalDate start = thisWeek.plusWeeks(-2).monday();
    private final UUID routine = UUID.randomUUID();

    @BeforeEach
    void threePlans() {
        plan("a", null, 2, 2, 1);
        plan("b", null, 1, 2, 0);
        plan("c", start.plusDays(6), 0);
        await().atMost(Progress.DEADLINE).until(() -> Database.count(
                "select count(*) from applied_session a join user_plan p on p.plan_id = a.plan_id where p.routine_id = ?",
                routine) == 8 && Database.count("select count(*) from user_plan where routine_id = ? and ends_on is not null",
                routine) == 1);
    }

    @Test
    void adherencePerWeekAnswersFromThePlanWeekRollups() {
        analyst().queryParam("routineId", routine.toString())
                .queryParam("from", start.toString()).queryParam("to", thisWeek.sunday().toString())
                .when().get("/analytics/adherence")
                .then().statusCode(200)
                .body("weeks", hasSize(3))
                .body("weeks[0].week", equalTo(thisWeek.plusWeeks(-2).toString()))
                .body("weeks[0].plansActive", equalTo(3))
                .body("weeks[0].meanAdherence", equalTo(0.5f))
                .body("weeks[0].medianAdherence", equalTo(0.5f))
                .body("weeks[0].metTargetShare", equalTo((float) (1.0 / 3)))
                .body("weeks[1].plansActive", equalTo(2))
                .body("weeks[1].meanAdherence", equalTo(1.0f))
                .body("weeks[1].metTargetShare", equalTo(1.0f))
                .body("weeks[2].plansActive", equalTo(2))
                .body("weeks[2].meanAdherence", equalTo(0.25f));
        analyst().queryParam("routineId", UUID.randomUUID().toString())
                .when().get("/analytics/adherence")
                .then().statusCode(200)
                .body("weeks", hasSize(12))
                .body("weeks[11].plansActive", equalTo(0))
                .body("weeks[11].meanAdherence", nullValue());
    }

    @Test
    void cohortsShowTheShareStillMeetingTheTarget() {
        analyst().queryParam("routineId", routine.toString()).queryParam("weeks", "4")
                .queryParam("from", start.toString()).queryParam("to", start.toString())
                .when().get("/analytics/cohorts")
                .then().statusCode(200)
                .body("cohorts", hasSize(1))
                .body("cohorts[0].startWeek", equalTo(thisWeek.plusWeeks(-2).toString()))
                .body("cohorts[0].plans", equalTo(3))
                .body("cohorts[0].retention", hasSize(3))
                .body("cohorts[0].retention[0].met", equalTo(1))
                .body("cohorts[0].retention[1].met", equalTo(2))
                .body("cohorts[0].retention[1].share", equalTo((float) (2.0 / 3)))
                .body("cohorts[0].retention[2].met", equalTo(0))
                .body("cohorts[0].retention[2].share", equalTo(0.0f));
    }

    @Test
    void bothReportsNameAWeeksMondayWeekStartAndKeepWeeksForTheListOfWeeks() {
        analyst().queryParam("routineId", routine.toString()).queryParam("weeks", "4")
                .queryParam("from", start.toString()).queryParam("to", start.toString())
                .when().get("/analytics/cohorts")
                .then().statusCode(200)
                .body("weeksReported", equalTo(4))
                .body("$", not(hasKey("weeks")))
                .body("cohorts[0].weekStart", equalTo(start.toString()))
                .body("cohorts[0]", not(hasKey("startWeekMonday")));
        analyst().queryParam("routineId", routine.toString()).queryParam("from", start.toString())
                .when().get("/analytics/adherence")
                .then().statusCode(200)
                .body("weeks[0].weekStart", equalTo(start.toString()));
    }

    @Test
    void ratiosAreNumbersWithADecimalPointAndCountsAreWholeNumbers() throws Exception {
        JsonNode adherence = json(analyst().queryParam("routineId", routine.toString())
                .queryParam("from", start.toString()).when().get("/analytics/adherence").then().statusCode(200));
        JsonNode cohorts = json(analyst().queryParam("routineId", routine.toString()).queryParam("from", start.toString())
                .queryParam("to", start.toString()).when().get("/analytics/cohorts").then().statusCode(200));

        for (JsonNode week : adherence.get("weeks")) {
            assertTrue(week.get("plansActive").isIntegralNumber(), week.toString());
            for (String ratio : new String[] {"meanAdherence", "medianAdherence", "metTargetShare"}) {
                assertTrue(week.get(ratio).isDouble(), ratio + " in " + week);
            }
        }
        for (JsonNode week : cohorts.get("cohorts").get(0).get("retention")) {
            assertTrue(week.get("met").isIntegralNumber(), week.toString());
            assertTrue(week.get("share").isDouble(), "share in " + week);
        }
        // where a whole number would show if a ratio were written as one: a share of none, a mean of all
        assertEquals("0.0", cohorts.get("cohorts").get(0).get("retention").get(2).get("share").toString());
        assertEquals("1.0", adherence.get("weeks").get(1).get("meanAdherence").toString());
    }

    private static JsonNode json(ValidatableResponse response) throws Exception {
        return new ObjectMapper().readTree(response.extract().asString());
    }

    private RequestSpecification analyst() {
        return given().auth().oauth2(TestTokens.token("analyst-1", "analyst"));
    }

    /** A plan from {@code start}, open-ended, with the given sessions per week. */
    private void plan(String name, LocalDate endsOn, int... sessionsPerWeek) {
        String user = TestEvents.user("analytics-" + name);
        UUID plan = UUID.randomUUID();
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(user, plan, routine, 2, "UTC", start, endsOn));
        for (int week = 0; week < sessionsPerWeek.length; week++) {
            for (int i = 0; i < sessionsPerWeek[week]; i++) {
                Instant at = start.plusWeeks(week).plusDays(i).atTime(6, 0).toInstant(ZoneOffset.UTC);
                TestEvents.publish(TestEvents.SESSION_COMPLETED,
                        TestEvents.sessionCompleted(user, UUID.randomUUID(), routine, plan, at, "UTC"));
            }
        }
    }
}
