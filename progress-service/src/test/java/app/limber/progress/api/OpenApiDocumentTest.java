package app.limber.progress.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What a client generated from /q/openapi relies on: an operationId per operation named for what it does, typed
 * parameters, and every status an operation answers documented as a problem document.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private JsonNode paths;

    @BeforeEach
    void fetch() throws Exception {
        paths = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString()).get("paths");
    }

    @Test
    void everyOperationIsNamedForWhatItDoes() {
        assertEquals(Map.ofEntries(
                Map.entry("GET /progress/me", "getMyProgress"),
                Map.entry("GET /progress/me/calendar", "getMyCalendar"),
                Map.entry("GET /progress/me/weeks", "getMyWeeks"),
                Map.entry("GET /progress/me/areas", "getMyAreas"),
                Map.entry("GET /progress/me/milestones", "listMyMilestones"),
                Map.entry("GET /progress/me/nudges", "getMyNudgeSettings"),
                Map.entry("PUT /progress/me/nudges", "replaceMyNudgeSettings"),
                Map.entry("GET /coach/athletes", "listCoachedAthletes"),
                Map.entry("GET /coach/athletes/{athleteId}/progress", "getAthleteProgress"),
                Map.entry("GET /coach/athletes/{athleteId}/calendar", "getAthleteCalendar"),
                Map.entry("GET /coach/athletes/{athleteId}/weeks", "getAthleteWeeks"),
                Map.entry("GET /coach/athletes/{athleteId}/areas", "getAthleteAreas"),
                Map.entry("GET /coach/athletes/{athleteId}/alerts", "listAthleteAlerts"),
                Map.entry("POST /coach/athletes/{athleteId}/alerts/{alertId}/ack", "acknowledgeAthleteAlert"),
                Map.entry("GET /analytics/adherence", "getAdherenceReport"),
                Map.entry("GET /analytics/cohorts", "getCohortReport"),
                Map.entry("GET /analytics/routines/{routineId}/items", "getRoutineItemsReport"),
                Map.entry("GET /analytics/exercises", "getExerciseReport"),
                Map.entry("POST /admin/rebuild", "rebuildProgress"),
                Map.entry("GET /me/export", "exportMyData"),
                Map.entry("GET /admin/users/{id}/export", "exportUserData")),
                collect(operation -> operation.get("operationId").asText()));
    }

    @Test
    void parametersAreTypedWithTheirBounds() {
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("GET /progress/me/calendar from", "string date"),
                Map.entry("GET /progress/me/calendar to", "string date"),
                Map.entry("GET /progress/me/weeks from", "string date"),
                Map.entry("GET /progress/me/weeks to", "string date"),
                Map.entry("GET /progress/me/milestones from", "string date"),
                Map.entry("GET /progress/me/milestones to", "string date"),
                Map.entry("GET /progress/me/milestones page", "integer 0..21474836"),
                Map.entry("GET /progress/me/milestones size", "integer 1..100"),
                Map.entry("GET /coach/athletes sort", "string "),
                Map.entry("GET /coach/athletes page", "integer 0..21474836"),
                Map.entry("GET /coach/athletes size", "integer 1..100"),
                Map.entry("GET /coach/athletes/{athleteId}/progress athleteId", "string "),
                Map.entry("GET /coach/athletes/{athleteId}/calendar athleteId", "string "),
                Map.entry("GET /coach/athletes/{athleteId}/calendar from", "string date"),
                Map.entry("GET /coach/athletes/{athleteId}/calendar to", "string date"),
                Map.entry("GET /coach/athletes/{athleteId}/weeks athleteId", "string "),
                Map.entry("GET /coach/athletes/{athleteId}/weeks from", "string date"),
                Map.entry("GET /coach/athletes/{athleteId}/weeks to", "string date"),
                Map.entry("GET /coach/athletes/{athleteId}/areas athleteId", "string "),
                Map.entry("GET /coach/athletes/{athleteId}/alerts athleteId", "string "),
                Map.entry("GET /coach/athletes/{athleteId}/alerts page", "integer 0..21474836"),
                Map.entry("GET /coach/athletes/{athleteId}/alerts size", "integer 1..100"),
                Map.entry("POST /coach/athletes/{athleteId}/alerts/{alertId}/ack athleteId", "string "),
                Map.entry("POST /coach/athletes/{athleteId}/alerts/{alertId}/ack alertId", "string uuid"),
                Map.entry("GET /analytics/adherence routineId", "string uuid"),
                Map.entry("GET /analytics/adherence from", "string date"),
                Map.entry("GET /analytics/adherence to", "string date"),
                Map.entry("GET /analytics/adherence groupBy", "string "),
                Map.entry("GET /analytics/routines/{routineId}/items routineId", "string uuid"),
                Map.entry("GET /analytics/routines/{routineId}/items from", "string date"),
                Map.entry("GET /analytics/routines/{routineId}/items to", "string date"),
                Map.entry("GET /analytics/exercises routineId", "string uuid"),
                Map.entry("GET /analytics/exercises from", "string date"),
                Map.entry("GET /analytics/exercises to", "string date"),
                Map.entry("GET /analytics/cohorts routineId", "string uuid"),
                Map.entry("GET /analytics/cohorts from", "string date"),
                Map.entry("GET /analytics/cohorts to", "string date"),
                Map.entry("GET /analytics/cohorts weeks", "integer 1..52"),
                Map.entry("GET /admin/users/{id}/export id", "string ")));
        Map<String, String> documented = new TreeMap<>();
        each((key, operation) -> operation.path("parameters").forEach(parameter -> {
            JsonNode schema = parameter.path("schema");
            String type = schema.path("type").asText();
            documented.put(key + " " + parameter.path("name").asText(), type + " " + (type.equals("integer")
                    ? schema.path("minimum").asText() + ".." + schema.path("maximum").asText()
                    : schema.path("format").asText()));
        }));
        assertEquals(expected, documented);
    }

    @Test
    void everyStatusAnOperationAnswersIsDocumentedAsAProblem() {
        Map<String, String> statuses = collect(operation -> {
            List<String> codes = new ArrayList<>();
            operation.get("responses").fields().forEachRemaining(response -> {
                JsonNode answer = response.getValue();
                boolean problem = answer.path("content").has("application/problem+json");
                boolean described = !answer.path("description").asText().isBlank();
                codes.add(response.getKey() + (response.getKey().startsWith("2") || problem && described ? "" : "!"));
            });
            return String.join(" ", codes.stream().sorted().toList());
        });
        assertEquals(Map.ofEntries(
                Map.entry("GET /progress/me", "200 400 401"),
                Map.entry("GET /progress/me/calendar", "200 400 401"),
                Map.entry("GET /progress/me/weeks", "200 400 401"),
                Map.entry("GET /progress/me/areas", "200 400 401"),
                Map.entry("GET /progress/me/milestones", "200 400 401"),
                Map.entry("GET /progress/me/nudges", "200 400 401"),
                Map.entry("PUT /progress/me/nudges", "200 400 401"),
                Map.entry("GET /coach/athletes", "200 400 401 403"),
                Map.entry("GET /coach/athletes/{athleteId}/progress", "200 400 401 403 404"),
                Map.entry("GET /coach/athletes/{athleteId}/calendar", "200 400 401 403 404"),
                Map.entry("GET /coach/athletes/{athleteId}/weeks", "200 400 401 403 404"),
                Map.entry("GET /coach/athletes/{athleteId}/areas", "200 400 401 403 404"),
                Map.entry("GET /coach/athletes/{athleteId}/alerts", "200 400 401 403 404"),
                Map.entry("POST /coach/athletes/{athleteId}/alerts/{alertId}/ack", "204 400 401 403 404"),
                Map.entry("GET /analytics/adherence", "200 400 401 403"),
                Map.entry("GET /analytics/cohorts", "200 400 401 403"),
                Map.entry("GET /analytics/routines/{routineId}/items", "200 400 401 403"),
                Map.entry("GET /analytics/exercises", "200 400 401 403"),
                Map.entry("POST /admin/rebuild", "200 400 401 403 409"),
                Map.entry("GET /me/export", "200 400 401"),
                Map.entry("GET /admin/users/{id}/export", "200 400 401 403")),
                statuses, "a ! marks an error without problem content or description");
    }

    @Test
    void everyAnalyticsReportAlsoAnswersCsv() {
        Map<String, String> media = collect(operation -> String.join(" ", iterable(operation.path("responses").path("200")
                .path("content").fieldNames())));
        media.keySet().removeIf(key -> !key.startsWith("GET /analytics/"));
        assertEquals(Map.of(
                "GET /analytics/adherence", "application/json text/csv",
                "GET /analytics/cohorts", "application/json text/csv",
                "GET /analytics/routines/{routineId}/items", "application/json text/csv",
                "GET /analytics/exercises", "application/json text/csv"), media);
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list.stream().sorted().toList();
    }

    private interface OperationVisitor {
        void visit(String key, JsonNode operation);
    }

    private void each(OperationVisitor visitor) {
        Iterator<Map.Entry<String, JsonNode>> entries = paths.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> path = entries.next();
            path.getValue().fields().forEachRemaining(method ->
                    visitor.visit(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue()));
        }
    }

    private Map<String, String> collect(Function<JsonNode, String> property) {
        Map<String, String> values = new TreeMap<>();
        each((key, operation) -> values.put(key, property.apply(operation)));
        return values;
    }
}
