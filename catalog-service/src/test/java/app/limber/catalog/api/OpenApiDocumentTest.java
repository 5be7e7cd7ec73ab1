package app.limber.catalog.api;

import app.limber.platform.api.ListPage;
import app.limber.platform.api.PageRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalog's OpenAPI document is one a client generator and a linter accept: every operation named
 * for what it does, every response described, every header typed, security stated per operation,
 * parameters typed with their bounds. The served document is also written to target/openapi/ for
 * external validators.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private static JsonNode document() throws Exception {
        String yaml = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Files.createDirectories(Path.of("target/openapi"));
        Files.writeString(Path.of("target/openapi/catalog-service.yaml"), yaml);
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        return new ObjectMapper().readTree(json);
    }

    /** Calls {@code check} with "METHOD /path" and the operation, for every operation of the document. */
    private static void eachOperation(JsonNode document, BiConsumer<String, JsonNode> check) {
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(item -> {
                if (METHODS.contains(item.getKey())) {
                    check.accept(item.getKey().toUpperCase() + " " + path.getKey(), item.getValue());
                }
            });
        }
    }

    @Test
    void everyOperationIsNamedForWhatItDoes() throws Exception {
        Map<String, String> ids = new TreeMap<>();
        eachOperation(document(), (key, operation) -> ids.put(key, operation.path("operationId").asText(null)));
        assertEquals(new TreeMap<>(Map.of(
                "GET /exercises", "listExercises",
                "POST /exercises", "createExercise",
                "GET /exercises/{slug}", "getExercise",
                "PUT /exercises/{slug}", "updateExercise",
                "DELETE /exercises/{slug}", "retireExercise",
                "GET /taxonomy", "getTaxonomy")), ids);
    }

    @Test
    void everyResponseIsDescribedAndEveryHeaderTyped() throws Exception {
        List<String> faults = new ArrayList<>();
        eachOperation(document(), (key, operation) -> operation.path("responses").fields().forEachRemaining(response -> {
            String where = key + " " + response.getKey();
            if (response.getValue().path("description").asText("").isBlank()) {
                faults.add(where + " has no description");
            }
            response.getValue().path("headers").fields().forEachRemaining(header -> {
                if (!header.getValue().path("schema").has("type")) {
                    faults.add(where + " header " + header.getKey() + " has no schema");
                }
            });
            if (response.getKey().startsWith("4")
                    && !response.getValue().path("content").path("application/problem+json").path("schema").has("$ref")) {
                faults.add(where + " does not say it answers a problem document");
            }
        }));
        assertEquals(List.of(), faults);
    }

    @Test
    void everyOperationStatesItsSecurityAndProtectedOnesTheirRefusals() throws Exception {
        List<String> faults = new ArrayList<>();
        eachOperation(document(), (key, operation) -> {
            JsonNode security = operation.path("security");
            if (!security.isArray()) {
                faults.add(key + " does not state its security");
                return;
            }
            boolean open = security.isEmpty() || security.toString().contains("{}");
            boolean write = !key.startsWith("GET ");
            if (open == write) {
                faults.add(key + (open ? " is documented as open" : " is documented as protected") + ": " + security);
            }
            for (String status : List.of("401", "403")) {
                if (!open && !operation.path("responses").has(status)) {
                    faults.add(key + " does not document " + status);
                }
            }
        });
        assertEquals(List.of(), faults);
    }

    @Test
    void theServerIsWhereTheDocumentWasFetchedFrom() throws Exception {
        assertEquals("/", document().path("servers").path(0).path("url").asText());
    }

    @Test
    void listingParametersAreTypedWithTheirBounds() throws Exception {
        JsonNode document = document();
        Map<String, JsonNode> schemas = new TreeMap<>();
        document.path("paths").path("/exercises").path("get").path("parameters")
                .forEach(p -> schemas.put(p.path("name").asText(), p.path("schema")));

        assertEquals(Set.of("q", "category", "target", "equipment", "position", "perSide", "page", "size", "includeRetired"),
                schemas.keySet());
        assertEquals("integer", schemas.get("page").path("type").asText());
        assertEquals(0, schemas.get("page").path("minimum").asInt());
        assertEquals(PageRequest.MAX_PAGE, schemas.get("page").path("maximum").asInt());
        assertEquals("integer", schemas.get("size").path("type").asText());
        assertEquals(1, schemas.get("size").path("minimum").asInt());
        assertEquals(PageRequest.MAX_SIZE, schemas.get("size").path("maximum").asInt());
        assertEquals("boolean", schemas.get("perSide").path("type").asText());
        assertEquals("boolean", schemas.get("includeRetired").path("type").asText());
        for (String facet : List.of("category", "target", "equipment", "position")) {
            assertEquals("array", schemas.get(facet).path("type").asText(), facet);
            assertTrue(schemas.get(facet).path("items").path("enum").size() > 0, facet);
        }
    }

    @Test
    void theListingIsDocumentedWithTheSharedEnvelope() throws Exception {
        JsonNode page = document().path("components").path("schemas").path("ExercisePage").path("properties");
        List<String> documented = new ArrayList<>();
        page.fieldNames().forEachRemaining(documented::add);
        assertEquals(Arrays.stream(ListPage.class.getRecordComponents()).map(c -> c.getName()).toList(), documented);
        assertEquals("#/components/schemas/ExerciseSummary", page.path("items").path("items").path("$ref").asText());
    }

    @Test
    void sourcesAreDocumentedByTitleAndAddress() throws Exception {
        JsonNode schemas = document().path("components").path("schemas");
        for (String name : List.of("Source", "SourceInput")) {
            List<String> fields = new ArrayList<>();
            schemas.path(name).path("properties").fieldNames().forEachRemaining(fields::add);
            assertEquals(List.of("title", "url"), fields, name);
        }
    }
}
