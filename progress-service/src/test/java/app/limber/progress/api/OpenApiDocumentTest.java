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
        assertEquals(Map.of(
                "GET /progress/me", "getMyProgress",
                "GET /progress/me/calendar", "getMyCalendar",
                "GET /progress/me/areas", "getMyAreas",
                "GET /progress/me/milestones", "listMyMilestones",
                "GET /progress/me/nudges", "getMyNudgeSettings",
                "PUT /progress/me/nudges", "replaceMyNudgeSettings",
                "GET /analytics/adherence", "getAdherenceReport",
                "GET /analytics/cohorts", "getCohortReport",
                "POST /admin/rebuild", "rebuildProgress"), collect(operation -> operation.get("operationId").asText()));
    }

    @Test
    void parametersAreTypedWithTheirBounds() {
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("GET /progress/me/calendar from", "string date"),
                Map.entry("GET /progress/me/calendar to", "string date"),
                Map.entry("GET /progress/me/milestones from", "string date"),
                Map.entry("GET /progress/me/milestones to", "string date"),
                Map.entry("GET /progress/me/milestones page", "integer 0..21474836"),
                Map.entry("GET /progress/me/milestones size", "integer 1..100"),
                Map.entry("GET /analytics/adherence routineId", "string uuid"),
                Map.entry("GET /analytics/adherence from", "string date"),
                Map.entry("GET /analytics/adherence to", "string date"),
                Map.entry("GET /analytics/cohorts routineId", "string uuid"),
                Map.entry("GET /analytics/cohorts from", "string date"),
                Map.entry("GET /analytics/cohorts to", "string date"),
                Map.entry("GET /analytics/cohorts weeks", "integer 1..52")));
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
        assertEquals(Map.of(
                "GET /progress/me", "200 400 401",
                "GET /progress/me/calendar", "200 400 401",
                "GET /progress/me/areas", "200 400 401",
                "GET /progress/me/milestones", "200 400 401",
                "GET /progress/me/nudges", "200 400 401",
                "PUT /progress/me/nudges", "200 400 401",
                "GET /analytics/adherence", "200 400 401 403",
                "GET /analytics/cohorts", "200 400 401 403",
                "POST /admin/rebuild", "200 400 401 403 409"), statuses, "a ! marks an error without problem content or description");
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
