package app.limber.progress.analytics;

import static app.limber.progress.analytics.PrescribedSessions.session;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import app.limber.progress.Progress;
import app.limber.progress.TestEvents;
import app.limber.progress.analytics.PrescribedSessions.Entry;
import app.limber.progress.domain.IsoWeek;
import app.limber.testing.Rfc4180;
import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * On the real broker and database: sessions of one routine that skip and under-dose known items give exactly the
 * figures the rules say, item by item and exercise by exercise; a deleted session takes out exactly what it added; a
 * rebuild from the topics answers the same; and the CSV answers carry the JSON's numbers.
 */
@QuarkusTest
class RoutineAnalyticsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UUID routine = UUID.randomUUID();
    private final IsoWeek week = IsoWeek.containing(Instant.now(), ZoneOffset.UTC).plusWeeks(-2);

    @Test
    void itemsAndExercisesCountSkipsDoseAndDropOffExactlyThroughADeletionAndARebuild() throws Exception {
        // the whole prescription: every item at its dose, effort 5, discomfort 2
        publish("full", UUID.randomUUID(), 0, true, 5, 2,
                new Entry("leg-swings", "both", 1, 10, 0, true, 1),
                new Entry("clamshells", "left", 2, 10, 0, true, 2), new Entry("clamshells", "right", 2, 10, 0, true, 2),
                new Entry("glute-bridge", "none", 2, 10, 3, true, 3));
        // the bridge skipped, the clamshells done at half the sets and half the reps (0.5), effort 7
        publish("skipper", UUID.randomUUID(), 1, true, 7, null,
                new Entry("leg-swings", "both", 1, 10, 0, true, 1), new Entry("clamshells", "both", 1, 5, 0, true, 2));
        // stopped in the clamshells: left side only, one set (0.25 of the sets, full reps: 0.625), not completed
        publish("quitter", UUID.randomUUID(), 2, true, 4, 6,
                new Entry("leg-swings", "both", 1, 10, 0, true, 1), new Entry("clamshells", "left", 1, 10, 0, false, 2));
        // recorded before routine published prescriptions: counts for its exercise, not for items
        publish("old-record", UUID.randomUUID(), 3, false, 6, null, new Entry("clamshells", "both", 3, 15, 0, true, null));
        // a copy of the full session, deleted below
        UUID deleted = UUID.randomUUID();
        String deleting = publish("deleting", deleted, 4, true, 5, 2,
                new Entry("leg-swings", "both", 1, 10, 0, true, 1),
                new Entry("clamshells", "both", 2, 10, 0, true, 2), new Entry("glute-bridge", "none", 2, 10, 3, true, 3));

        awaitAnalytics(items -> assertEquals(4, items.at("/items/0/sessions").asLong()));
        TestEvents.publish(TestEvents.SESSION_DELETED, TestEvents.sessionDeleted(deleting, deleted));
        awaitAnalytics(items -> assertEquals(3, items.at("/items/0/sessions").asLong()));

        JsonNode items = items();
        assertItem(items.at("/items/0"), 1, "leg-swings", 3, 3, 0, 1.0, 1);
        assertItem(items.at("/items/1"), 2, "clamshells", 3, 2, 1, 2.125 / 3, 1);
        assertItem(items.at("/items/2"), 3, "glute-bridge", 3, 1, 2, 1.0, 1);
        assertEquals(3, items.get("items").size());

        JsonNode exercises = exercises(routine);
        assertExercise(exercises.at("/exercises/0"), "clamshells", 4, 3, 1, 2.125 / 3, 22.0 / 4, 4.0);
        assertExercise(exercises.at("/exercises/1"), "glute-bridge", 3, 1, 2, 1.0, 16.0 / 3, 4.0);
        assertExercise(exercises.at("/exercises/2"), "leg-swings", 3, 3, 0, 1.0, 16.0 / 3, 4.0);
        assertEquals(3, exercises.get("exercises").size());

        assertCsvCarriesTheJsonNumbers(itemsPath(), Map.of(), items.get("items"));
        assertCsvCarriesTheJsonNumbers("/analytics/exercises", Map.of("routineId", routine.toString(),
                "from", week.monday().toString(), "to", week.sunday().toString()), exercises.get("exercises"));

        given().auth().oauth2(TestTokens.token("ops", "admin")).when().post("/admin/rebuild").then().statusCode(200);
        assertEquals(items, items(), "a rebuild from the topics gives the same rollups");
        assertEquals(exercises, exercises(routine));
    }

    @Test
    void theOtherReportsAnswerCsvToo() throws Exception {
        Map<String, String> range = Map.of("from", week.monday().toString(), "to", week.sunday().toString());
        assertCsvCarriesTheJsonNumbers("/analytics/adherence", range, json("/analytics/adherence", range).get("weeks"));
        Map<String, String> grouped = Map.of("from", week.monday().toString(), "to", week.sunday().toString(),
                "groupBy", "weeklyTarget");
        assertCsvCarriesTheJsonNumbers("/analytics/adherence", grouped, json("/analytics/adherence", grouped).get("weeks"));
        JsonNode cohorts = json("/analytics/cohorts", range);
        List<JsonNode> cohortWeeks = new ArrayList<>();
        cohorts.get("cohorts").forEach(cohort -> cohort.get("retention").forEach(cohortWeeks::add));
        List<List<String>> csv = csv("/analytics/cohorts", range);
        assertEquals(cohortWeeks.size() + 1, csv.size(), "a header and one row per week of a cohort's life");
        for (int i = 0; i < cohortWeeks.size(); i++) {
            Map<String, String> row = row(csv, i);
            assertEquals(cohortWeeks.get(i).get("met").asLong(), Long.parseLong(row.get("met")));
            assertEquals(cohortWeeks.get(i).get("share").asDouble(), Double.parseDouble(row.get("share")));
        }
    }

    private String publish(String name, UUID session, int dayOfWeek, boolean prescribed, int effort, Integer discomfort,
                           Entry... entries) {
        String user = TestEvents.user(name);
        TestEvents.publish(TestEvents.SESSION_COMPLETED, session(user, session, routine,
                week.monday().plusDays(dayOfWeek).atTime(7, 0).toInstant(ZoneOffset.UTC), prescribed, effort, discomfort,
                entries));
        return user;
    }

    private void awaitAnalytics(ThrowingCheck check) {
        await().atMost(Progress.DEADLINE).untilAsserted(() -> {
            JsonNode items = items();
            assertTrue(items.get("items").size() > 0, items.toString());
            check.check(items);
        });
    }

    private interface ThrowingCheck {
        void check(JsonNode items) throws Exception;
    }

    private String itemsPath() {
        return "/analytics/routines/" + routine + "/items";
    }

    private JsonNode items() throws Exception {
        return json(itemsPath(), Map.of("from", week.monday().toString(), "to", week.sunday().toString()));
    }

    private JsonNode exercises(UUID routineId) throws Exception {
        return json("/analytics/exercises", Map.of("routineId", routineId.toString(), "from", week.monday().toString(),
                "to", week.sunday().toString()));
    }

    private static RequestSpecification analyst() {
        return given().auth().oauth2(TestTokens.token("analyst-items", "analyst"));
    }

    private static JsonNode json(String path, Map<String, String> query) throws Exception {
        return JSON.readTree(analyst().queryParams(query).accept("application/json").when().get(path)
                .then().statusCode(200).contentType("application/json").extract().asString());
    }

    private static List<List<String>> csv(String path, Map<String, String> query) {
        String body = analyst().queryParams(query).accept("text/csv").when().get(path)
                .then().statusCode(200).contentType("text/csv").extract().asString();
        return Rfc4180.parse(body);
    }

    private static Map<String, String> row(List<List<String>> csv, int index) {
        Map<String, String> row = new java.util.LinkedHashMap<>();
        for (int column = 0; column < csv.get(0).size(); column++) {
            row.put(csv.get(0).get(column), csv.get(index + 1).get(column));
        }
        return row;
    }

    /** Every field of every line of the JSON list is a column of its CSV row, with the same value. */
    private static void assertCsvCarriesTheJsonNumbers(String path, Map<String, String> query, JsonNode lines) {
        List<List<String>> csv = csv(path, query);
        assertEquals(lines.size() + 1, csv.size(), "a header and one row per line: " + csv);
        for (int i = 0; i < lines.size(); i++) {
            Map<String, String> row = row(csv, i);
            Iterator<Map.Entry<String, JsonNode>> fields = lines.get(i).fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String cell = row.get(field.getKey());
                JsonNode value = field.getValue();
                if (value.isNull()) {
                    assertEquals("", cell, field.getKey());
                } else if (value.isIntegralNumber()) {
                    assertEquals(value.asLong(), Long.parseLong(cell), field.getKey());
                } else if (value.isNumber()) {
                    assertEquals(value.asDouble(), Double.parseDouble(cell), field.getKey());
                } else {
                    assertEquals(value.asText(), cell, field.getKey());
                }
            }
        }
    }

    private static void assertItem(JsonNode item, int position, String slug, long sessions, long completed, long skipped,
                                   double dose, long dropOffs) {
        assertEquals(position, item.get("position").asInt(), item.toString());
        assertEquals(slug, item.get("exerciseSlug").asText(), item.toString());
        assertEquals(sessions, item.get("sessions").asLong(), item.toString());
        assertEquals(completed, item.get("completed").asLong(), item.toString());
        assertEquals(skipped, item.get("skipped").asLong(), item.toString());
        assertEquals((double) completed / sessions, item.get("completedShare").asDouble(), item.toString());
        assertEquals((double) skipped / sessions, item.get("skippedShare").asDouble(), item.toString());
        assertEquals(dose, item.get("meanDoseRatio").asDouble(), item.toString());
        assertEquals(dropOffs, item.get("dropOffs").asLong(), item.toString());
        assertEquals((double) dropOffs / sessions, item.get("dropOffShare").asDouble(), item.toString());
    }

    private static void assertExercise(JsonNode exercise, String slug, long sessions, long completed, long skipped,
                                       double dose, double effort, double discomfort) {
        assertEquals(slug, exercise.get("exerciseSlug").asText(), exercise.toString());
        assertEquals(sessions, exercise.get("sessions").asLong(), exercise.toString());
        assertEquals(completed, exercise.get("completed").asLong(), exercise.toString());
        assertEquals(skipped, exercise.get("skipped").asLong(), exercise.toString());
        assertEquals((double) completed / sessions, exercise.get("completedShare").asDouble(), exercise.toString());
        assertEquals(dose, exercise.get("meanDoseRatio").asDouble(), exercise.toString());
        assertEquals(effort, exercise.get("meanEffort").asDouble(), exercise.toString());
        assertEquals(discomfort, exercise.get("meanDiscomfort").asDouble(), exercise.toString());
    }
}
