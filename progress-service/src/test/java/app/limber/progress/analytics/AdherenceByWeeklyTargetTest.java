package app.limber.progress.analytics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import app.limber.progress.Progress;
import app.limber.progress.TestEvents;
import app.limber.progress.domain.IsoWeek;
import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * On the real broker and database, far enough back that no other test has plans there: adherence per weekly target
 * follows the pause rule (a prorated first week, a wholly paused week skipped), a deleted session and a late plan
 * change it exactly, and its plans add up to the plans of the ungrouped report.
 */
@QuarkusTest
class AdherenceByWeeklyTargetTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ZONE = "Europe/Berlin";

    private final IsoWeek first = IsoWeek.containing(Instant.now(), ZoneOffset.UTC).plusWeeks(-80);
    private final UUID routine = UUID.randomUUID();

    @Test
    void eachWeeklyTargetHasItsOwnAdherenceUnderThePauseRule() throws Exception {
        // twelve a week from a Thursday (that week asks for round(12 × 4 / 7) = 7) to the end of the third week,
        // the second week paused whole: 7 sessions in week 1, 3 in week 3
        String paused = TestEvents.user("twelve-paused");
        UUID pausedPlan = plan(paused, 12, first.monday().plusDays(3), first.plusWeeks(2).sunday());
        TestEvents.publish(TestEvents.PLAN_PAUSED, TestEvents.planPaused(paused, pausedPlan, UUID.randomUUID(),
                first.plusWeeks(1).monday(), first.plusWeeks(1).sunday()));
        List<UUID> pausedSessions = sessions(paused, pausedPlan, first, 3, 7);
        List<UUID> lastWeek = sessions(paused, pausedPlan, first.plusWeeks(2), 0, 3);
        // twelve a week for the same three weeks, nothing done
        plan(TestEvents.user("twelve-idle"), 12, first.monday(), first.plusWeeks(2).sunday());
        // thirteen a week for the first week only, all done; its plan arrives after its sessions
        String keen = TestEvents.user("thirteen");
        UUID keenPlan = UUID.randomUUID();
        sessions(keen, keenPlan, first, 0, 13);
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(keen, keenPlan, routine, 13, ZONE,
                first.monday(), first.sunday()));

        await().atMost(Progress.DEADLINE).untilAsserted(() -> assertEquals(List.of(
                row(first, 12, 2, 0.5, 0.5, 0.5), row(first, 13, 1, 1.0, 1.0, 1.0),
                row(first.plusWeeks(1), 12, 1, 0.0, 0.0, 0.0),
                row(first.plusWeeks(2), 12, 2, 0.125, 0.125, 0.0)), byTarget()));

        TestEvents.publish(TestEvents.SESSION_DELETED, TestEvents.sessionDeleted(paused, lastWeek.get(0)));
        TestEvents.publish(TestEvents.SESSION_DELETED, TestEvents.sessionDeleted(paused, pausedSessions.get(0)));
        // week 1 now 6 of 7; week 3 2 of 12
        await().atMost(Progress.DEADLINE).untilAsserted(() -> assertEquals(List.of(
                row(first, 12, 2, 6.0 / 7 / 2, 6.0 / 7 / 2, 0.0), row(first, 13, 1, 1.0, 1.0, 1.0),
                row(first.plusWeeks(1), 12, 1, 0.0, 0.0, 0.0),
                row(first.plusWeeks(2), 12, 2, 2.0 / 12 / 2, 2.0 / 12 / 2, 0.0)), byTarget()));

        JsonNode all = json(Map.of("from", first.monday().toString(), "to", first.plusWeeks(2).sunday().toString()));
        JsonNode grouped = json(Map.of("from", first.monday().toString(), "to", first.plusWeeks(2).sunday().toString(),
                "groupBy", "weeklyTarget"));
        for (JsonNode week : all.get("weeks")) {
            int plans = 0;
            for (JsonNode entry : grouped.get("weeks")) {
                plans += entry.get("week").equals(week.get("week")) ? entry.get("plansActive").asInt() : 0;
            }
            assertEquals(week.get("plansActive").asInt(), plans, "the weekly targets' plans add up to all plans: " + week);
        }
        assertEquals("weeklyTarget", grouped.get("groupBy").asText());
    }

    private UUID plan(String user, int target, LocalDate startsOn, LocalDate endsOn) {
        UUID plan = UUID.randomUUID();
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(user, plan, routine, target, ZONE,
                startsOn, endsOn));
        return plan;
    }

    /** {@code count} sessions from the given day of the week on, a few hours apart. */
    private List<UUID> sessions(String user, UUID plan, IsoWeek week, int fromDay, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            Instant at = week.monday().plusDays(fromDay).atTime(6, 0).toInstant(ZoneOffset.UTC).plusSeconds(3600L * 3 * i);
            TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, id, routine, plan, at, ZONE));
            ids.add(id);
        }
        return ids;
    }

    private static List<Object> row(IsoWeek week, int target, int plans, double mean, double median, double met) {
        return List.of(week.toString(), target, plans, mean, median, met);
    }

    private List<List<Object>> byTarget() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        json(Map.of("from", first.monday().toString(), "to", first.plusWeeks(2).sunday().toString(),
                "groupBy", "weeklyTarget")).get("weeks").forEach(week -> rows.add(List.of(week.get("week").asText(),
                week.get("weeklyTarget").asInt(), week.get("plansActive").asInt(), week.get("meanAdherence").asDouble(),
                week.get("medianAdherence").asDouble(), week.get("metTargetShare").asDouble())));
        return rows;
    }

    private static JsonNode json(Map<String, String> query) throws Exception {
        return JSON.readTree(given().auth().oauth2(TestTokens.token("analyst-targets", "analyst")).queryParams(query)
                .when().get("/analytics/adherence").then().statusCode(200).extract().asString());
    }
}
