package app.limber.progress.analytics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import app.limber.progress.Progress;
import app.limber.progress.TestEvents;
import app.limber.progress.domain.IsoWeek;
import app.limber.testing.Database;
import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code GET /analytics/cohorts} reads the cohort rollups (O(cohorts × weeks)); it must answer exactly what counting
 * the plans and their met plan-weeks gives — the computation it replaced, kept here as the reference and run in one
 * snapshot of the same database. Two routines, a partial first week, a plan that arrives after its sessions and so
 * starts later, a pause, a deletion that un-meets a week and an ending; all routines and one, a few weeks of life and
 * all 52.
 */
@QuarkusTest
class CohortsOfPlansTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ZONE = "Asia/Tokyo";

    private final IsoWeek first = IsoWeek.containing(Instant.now(), ZoneOffset.UTC).plusWeeks(-120);
    private final UUID routine = UUID.randomUUID();
    private final UUID otherRoutine = UUID.randomUUID();
    private final List<String> users = new ArrayList<>();

    @Test
    void theAnswerEqualsCountingThePlans() throws Exception {
        // two a week from week 0: met, not met, met
        String steady = TestEvents.user("cohort-steady");
        UUID steadyPlan = plan(steady, routine, 2, first.monday(), null);
        List<UUID> steadySessions = new ArrayList<>(sessions(steady, routine, steadyPlan, first, 0, 2));
        sessions(steady, routine, steadyPlan, first.plusWeeks(1), 0, 1);
        sessions(steady, routine, steadyPlan, first.plusWeeks(2), 0, 3);
        // once a week from a Wednesday of week 0, week 1 paused whole: met in weeks 0 and 3
        String paused = TestEvents.user("cohort-paused");
        UUID pausedPlan = plan(paused, routine, 1, first.monday().plusDays(2), first.plusWeeks(5).sunday());
        TestEvents.publish(TestEvents.PLAN_PAUSED, TestEvents.planPaused(paused, pausedPlan, UUID.randomUUID(),
                first.plusWeeks(1).monday(), first.plusWeeks(1).sunday()));
        sessions(paused, routine, pausedPlan, first, 3, 1);
        sessions(paused, routine, pausedPlan, first.plusWeeks(3), 1, 1);
        // sessions before their plan, which starts in week 1: three of three, then one
        String late = TestEvents.user("cohort-late");
        UUID latePlan = UUID.randomUUID();
        sessions(late, routine, latePlan, first.plusWeeks(1), 0, 3);
        sessions(late, routine, latePlan, first.plusWeeks(2), 0, 1);
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(late, latePlan, routine, 3, ZONE,
                first.plusWeeks(1).monday(), null));
        // another routine's plan, met in its weeks 1 and 2 until it ends
        String other = TestEvents.user("cohort-other");
        UUID otherPlan = plan(other, otherRoutine, 1, first.monday(), null);
        sessions(other, otherRoutine, otherPlan, first, 1, 1);
        sessions(other, otherRoutine, otherPlan, first.plusWeeks(1), 1, 2);

        awaitFacts(15, 4);
        assertCohortsEqualReference();
        JsonNode week0 = cohorts(routine, 4).get("cohorts").get(0);
        assertEquals(first.toString(), week0.get("startWeek").asText());
        assertEquals(2, week0.get("plans").asInt(), "the steady and the paused plan start in week 0");
        assertEquals(2, week0.get("retention").get(0).get("met").asInt(), "both met their first week");

        // the deletion un-meets the steady plan's week 0; the other routine's plan ends after its week 1
        TestEvents.publish(TestEvents.SESSION_DELETED, TestEvents.sessionDeleted(steady, steadySessions.get(0)));
        TestEvents.publish(TestEvents.PLAN_ENDED, TestEvents.planEnded(other, otherPlan, first.plusWeeks(1).sunday()));
        awaitFacts(14, 4);
        await().atMost(Progress.DEADLINE).until(() -> Database.count(
                "select count(*) from user_plan where plan_id = ? and ends_on is not null", otherPlan) == 1);
        assertCohortsEqualReference();
        assertEquals(1, cohorts(routine, 4).get("cohorts").get(0).get("retention").get(0).get("met").asInt(),
                "only the paused plan still met its first week");
    }

    private void assertCohortsEqualReference() {
        for (UUID ofRoutine : new UUID[] {null, routine, otherRoutine}) {
            for (int weeks : new int[] {1, 4, 52}) {
                await().atMost(Progress.DEADLINE).untilAsserted(() -> {
                    Map<String, List<Integer>> before = reference(ofRoutine, weeks);
                    Map<String, List<Integer>> answered = new TreeMap<>();
                    cohorts(ofRoutine, weeks).get("cohorts").forEach(cohort -> {
                        List<Integer> row = new ArrayList<>(List.of(cohort.get("plans").asInt()));
                        cohort.get("retention").forEach(week -> {
                            row.add(week.get("week").asInt());
                            row.add(week.get("met").asInt());
                        });
                        answered.put(cohort.get("weekStart").asText(), row);
                    });
                    Map<String, List<Integer>> after = reference(ofRoutine, weeks);
                    // a batch may land between the calls: only a quiet moment proves anything
                    assertEquals(before, after, "the data changed during the comparison");
                    assertEquals(before, answered, "cohorts of " + (ofRoutine == null ? "all routines" : ofRoutine)
                            + ", " + weeks + " weeks");
                });
            }
        }
    }

    /**
     * The computation the rollups replaced: per start week from {@code user_plan}, the plans, and per week of their
     * life up to {@code weeks} the plan-weeks of {@code plan_week_tally} that met their target. Every week of life up
     * to the running week is listed, met or not, as the report lists them.
     */
    private Map<String, List<Integer>> reference(UUID ofRoutine, int weeks) throws Exception {
        String routineFilter = ofRoutine == null ? "" : " and p.routine_id = '" + ofRoutine + "'";
        Map<String, List<Integer>> cohorts = new TreeMap<>();
        try (Connection connection = Database.connect()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            Map<LocalDate, Integer> sizes = new TreeMap<>();
            try (PreparedStatement statement = connection.prepareStatement("select p.first_week, count(*) from user_plan p"
                    + " where p.first_week between ? and ?" + routineFilter + " group by 1")) {
                statement.setObject(1, first.monday());
                statement.setObject(2, first.plusWeeks(3).monday());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        sizes.put(rows.getObject(1, LocalDate.class), rows.getInt(2));
                    }
                }
            }
            Map<LocalDate, Map<Integer, Integer>> met = new TreeMap<>();
            try (PreparedStatement statement = connection.prepareStatement("select p.first_week,"
                    + " (t.week_start - p.first_week) / 7 + 1, count(*) from user_plan p join plan_week_tally t"
                    + " on t.plan_id = p.plan_id and t.done >= t.target where p.first_week between ? and ?"
                    + routineFilter + " group by 1, 2")) {
                statement.setObject(1, first.monday());
                statement.setObject(2, first.plusWeeks(3).monday());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        met.computeIfAbsent(rows.getObject(1, LocalDate.class), week -> new TreeMap<>())
                                .put(rows.getInt(2), rows.getInt(3));
                    }
                }
            }
            connection.commit();
            sizes.forEach((week, plans) -> {
                List<Integer> row = new ArrayList<>(List.of(plans));
                for (int k = 1; k <= weeks; k++) {
                    row.add(k);
                    row.add(met.getOrDefault(week, Map.of()).getOrDefault(k, 0));
                }
                cohorts.put(week.toString(), row);
            });
        }
        return cohorts;
    }

    private JsonNode cohorts(UUID ofRoutine, int weeks) throws Exception {
        var request = given().auth().oauth2(TestTokens.token("analyst-cohorts", "analyst"))
                .queryParam("from", first.monday().toString()).queryParam("to", first.plusWeeks(3).sunday().toString())
                .queryParam("weeks", weeks);
        if (ofRoutine != null) {
            request.queryParam("routineId", ofRoutine.toString());
        }
        return JSON.readTree(request.when().get("/analytics/cohorts").then().statusCode(200).extract().asString());
    }

    /** Waits until this test's users have {@code sessions} sessions and {@code plans} plans. */
    private void awaitFacts(long sessions, long plans) {
        String ids = "{" + String.join(",", users) + "}";
        await().atMost(Progress.DEADLINE).until(() -> Database.count(
                "select count(*) from applied_session where user_id = any(?::text[])", ids) == sessions
                && Database.count("select count(*) from user_plan where user_id = any(?::text[])", ids) == plans);
    }

    private UUID plan(String user, UUID ofRoutine, int target, LocalDate startsOn, LocalDate endsOn) {
        UUID plan = UUID.randomUUID();
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(user, plan, ofRoutine, target, ZONE,
                startsOn, endsOn));
        return plan;
    }

    /** {@code count} sessions from the given day of the week on, two hours apart (midday in Tokyo). */
    private List<UUID> sessions(String user, UUID ofRoutine, UUID plan, IsoWeek week, int fromDay, int count) {
        if (!users.contains(user)) {
            users.add(user);
        }
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            Instant at = week.monday().plusDays(fromDay).atTime(3, 0).toInstant(ZoneOffset.UTC).plusSeconds(3600L * 2 * i);
            TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, id, ofRoutine, plan, at, ZONE));
            ids.add(id);
        }
        return ids;
    }
}
