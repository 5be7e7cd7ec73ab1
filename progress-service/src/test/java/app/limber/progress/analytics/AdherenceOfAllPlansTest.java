package app.limber.progress.analytics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import app.limber.progress.Progress;
import app.limber.progress.TestEvents;
import app.limber.progress.domain.AdherenceDistribution;
import app.limber.progress.domain.AdherenceDistribution.Bucket;
import app.limber.progress.domain.IsoWeek;
import app.limber.testing.Database;
import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code GET /analytics/adherence} over all routines reads the per-week rollups of adherence by weekly target
 * (O(weeks)), and of one routine those kept per routine; each must answer exactly what counting every plan in every
 * week gives — the computation it replaced, kept here as the reference and run in one snapshot of the same database.
 * Plans of several targets, a partial first week, a pause that takes a week out whole, a plan that arrives after its
 * sessions, two plans of one user, a deletion and an ending, and a plan of another routine, far enough back that no
 * other test has plans there; then also the default range and the longest one, where every other test's plans count
 * too.
 */
@QuarkusTest
class AdherenceOfAllPlansTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ZONE = "America/New_York";

    private final IsoWeek running = IsoWeek.containing(Instant.now(), ZoneOffset.UTC);
    private final IsoWeek first = running.plusWeeks(-100);
    private final IsoWeek last = first.plusWeeks(5);
    private final UUID routine = UUID.randomUUID();
    private final UUID otherRoutine = UUID.randomUUID();

    @Test
    void theAnswerEqualsCountingEveryPlanInEveryWeek() throws Exception {
        // three a week from a Wednesday of week 0 to the Tuesday of week 4: 2, 3, 4 (above target), 1, 0 sessions
        String steady = TestEvents.user("all-steady");
        UUID steadyPlan = plan(steady, 3, first.monday().plusDays(2), first.plusWeeks(4).monday().plusDays(1));
        List<UUID> steadySessions = new ArrayList<>(sessions(steady, steadyPlan, first, 2, 2));
        steadySessions.addAll(sessions(steady, steadyPlan, first.plusWeeks(1), 0, 3));
        sessions(steady, steadyPlan, first.plusWeeks(2), 0, 4);
        sessions(steady, steadyPlan, first.plusWeeks(3), 0, 1);
        // two a week, open-ended, week 2 paused whole, one session a week otherwise
        String paused = TestEvents.user("all-paused");
        UUID pausedPlan = plan(paused, 2, first.monday(), null);
        TestEvents.publish(TestEvents.PLAN_PAUSED, TestEvents.planPaused(paused, pausedPlan, UUID.randomUUID(),
                first.plusWeeks(2).monday(), first.plusWeeks(2).sunday()));
        for (int week = 0; week <= 5; week++) {
            sessions(paused, pausedPlan, first.plusWeeks(week), 1, 1);
        }
        // five a week for weeks 1 and 2, its sessions before its plan
        String late = TestEvents.user("all-late");
        UUID latePlan = UUID.randomUUID();
        sessions(late, latePlan, first.plusWeeks(1), 0, 5);
        sessions(late, latePlan, first.plusWeeks(2), 0, 2);
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(late, latePlan, routine, 5, ZONE,
                first.plusWeeks(1).monday(), first.plusWeeks(2).sunday()));
        // one user, two plans: one a week and four a week, both open-ended
        String both = TestEvents.user("all-two-plans");
        UUID onePlan = plan(both, 1, first.monday(), null);
        UUID fourPlan = plan(both, 4, first.plusWeeks(1).monday(), null);
        sessions(both, onePlan, first, 3, 1);
        sessions(both, fourPlan, first.plusWeeks(1), 0, 4);
        sessions(both, fourPlan, first.plusWeeks(3), 2, 2);
        // a plan and nothing done
        plan(TestEvents.user("all-idle"), 2, first.monday(), first.plusWeeks(5).sunday());
        // another routine's plan, twice a week, met in week 1: in all routines' answer, not in this routine's
        String other = TestEvents.user("all-other-routine");
        UUID otherPlan = UUID.randomUUID();
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(other, otherPlan, otherRoutine, 2, ZONE,
                first.monday(), null));
        sessions(other, otherPlan, first.plusWeeks(1), 0, 2);

        awaitSessions(32);
        assertEqualsReference(first, last);
        // every one of these plans is active in week 1 (plans of other tests that far back would add to them)
        assertTrue(adherence(first.monday(), last.sunday(), null).get("weeks").get(1).get("plansActive").asInt() >= 6);

        // a deletion (steady week 1 drops to 2 of 3) and an ending (the four-a-week plan stops after week 2)
        TestEvents.publish(TestEvents.SESSION_DELETED, TestEvents.sessionDeleted(steady, steadySessions.get(2)));
        TestEvents.publish(TestEvents.PLAN_ENDED, TestEvents.planEnded(both, fourPlan, first.plusWeeks(2).sunday()));
        awaitSessions(31);
        await().atMost(Progress.DEADLINE).until(() -> Database.count(
                "select count(*) from user_plan where plan_id = ? and ends_on is not null", fourPlan) == 1);
        assertEqualsReference(first, last);
        assertEqualsReference(running.plusWeeks(-11), running);
        assertEqualsReference(running.plusWeeks(-105), running);
    }

    /** Waits until this test's users have {@code count} sessions and their seven plans. */
    private void awaitSessions(long count) {
        String users = "{" + String.join(",", this.users) + "}";
        await().atMost(Progress.DEADLINE).until(() -> Database.count(
                "select count(*) from applied_session where user_id = any(?::text[])", users) == count
                && Database.count("select count(*) from user_plan where routine_id = ?", routine) == 6
                && Database.count("select count(*) from user_plan where routine_id = ?", otherRoutine) == 1);
    }



    /** The service's answer for all routines equals the reference over the same snapshot (retried while events land). */
    private void assertEqualsReference(IsoWeek from, IsoWeek to) {
        for (UUID ofRoutine : new UUID[] {null, routine}) {
            await().atMost(Progress.DEADLINE).untilAsserted(() -> {
                List<List<Object>> before = reference(from.monday(), to.monday(), ofRoutine);
                List<List<Object>> answered = new ArrayList<>();
                adherence(from.monday(), to.sunday(), ofRoutine).get("weeks").forEach(week -> answered.add(List.of(
                        week.get("week").asText(), week.get("plansActive").asInt(), text(week.get("meanAdherence")),
                        text(week.get("medianAdherence")), text(week.get("metTargetShare")))));
                List<List<Object>> after = reference(from.monday(), to.monday(), ofRoutine);
                // a batch may land between the calls: only a quiet moment proves anything
                assertEquals(before, after, "the data changed during the comparison");
                assertEquals(before, answered, "adherence of " + (ofRoutine == null ? "all plans" : "the routine's plans")
                        + " from " + from + " to " + to);
            });
        }
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "null" : Double.toString(value.asDouble());
    }

    /**
     * The computation the rollups replaced: every plan counted in every week from {@code user_plan} (first to last
     * active week, less the weeks in {@code plan_week_skipped}), the tallies as a (done, target) histogram from
     * {@code plan_week_tally}.
     */
    private static List<List<Object>> reference(LocalDate fromWeek, LocalDate toWeek, UUID ofRoutine) throws Exception {
        String routineFilter = ofRoutine == null ? "" : " and p.routine_id = '" + ofRoutine + "'";
        Map<LocalDate, Integer> active = new HashMap<>();
        Map<LocalDate, List<Bucket>> tallied = new HashMap<>();
        try (Connection connection = Database.connect()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement("select g::date, count(*) from"
                    + " generate_series(?::date::timestamp, ?::date::timestamp, interval '1 week') as g join user_plan p"
                    + " on p.first_week <= g::date and (p.last_week is null or p.last_week >= g::date)" + routineFilter
                    + " where not exists"
                    + " (select 1 from plan_week_skipped s where s.plan_id = p.plan_id and s.week_start = g::date)"
                    + " group by 1")) {
                statement.setObject(1, fromWeek);
                statement.setObject(2, toWeek);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        active.put(rows.getObject(1, LocalDate.class), rows.getInt(2));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("select t.week_start, least(t.done, t.target),"
                    + " t.target, count(*) from plan_week_tally t join user_plan p on p.plan_id = t.plan_id"
                    + " where t.week_start between ? and ?" + routineFilter + " group by 1, 2, 3")) {
                statement.setObject(1, fromWeek);
                statement.setObject(2, toWeek);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        tallied.computeIfAbsent(rows.getObject(1, LocalDate.class), week -> new ArrayList<>())
                                .add(new Bucket(rows.getInt(2), rows.getInt(3), rows.getInt(4)));
                    }
                }
            }
            connection.commit();
        }
        List<List<Object>> weeks = new ArrayList<>();
        for (IsoWeek week = IsoWeek.of(fromWeek); !week.monday().isAfter(toWeek); week = week.next()) {
            AdherenceDistribution stats = AdherenceDistribution.of(active.getOrDefault(week.monday(), 0),
                    tallied.getOrDefault(week.monday(), List.of()));
            weeks.add(List.of(week.toString(), stats.plansActive(), text(stats.mean()), text(stats.median()),
                    text(stats.metShare())));
        }
        return weeks;
    }

    private static String text(Double value) {
        return value == null ? "null" : value.toString();
    }

    private static JsonNode adherence(LocalDate from, LocalDate to, UUID ofRoutine) throws Exception {
        var request = given().auth().oauth2(TestTokens.token("analyst-all-plans", "analyst"))
                .queryParam("from", from.toString()).queryParam("to", to.toString());
        if (ofRoutine != null) {
            request.queryParam("routineId", ofRoutine.toString());
        }
        return JSON.readTree(request.when().get("/analytics/adherence").then().statusCode(200).extract().asString());
    }

    private final List<String> users = new ArrayList<>();

    private UUID plan(String user, int target, LocalDate startsOn, LocalDate endsOn) {
        UUID plan = UUID.randomUUID();
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(user, plan, routine, target, ZONE,
                startsOn, endsOn));
        return plan;
    }

    /** {@code count} sessions from the given day of the week on, a few hours apart (midday in the plans' zone). */
    private List<UUID> sessions(String user, UUID plan, IsoWeek week, int fromDay, int count) {
        if (!users.contains(user)) {
            users.add(user);
        }
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            Instant at = week.monday().plusDays(fromDay).atTime(14, 0).toInstant(ZoneOffset.UTC).plusSeconds(3600L * 2 * i);
            TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, id, routine, plan, at, ZONE));
            ids.add(id);
        }
        return ids;
    }
}
