package app.limber.testing.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * The OpenAPI document a running service serves at {@code /q/openapi}, read as the list of its operations, so
 * that security and fuzz tests cover every operation the service publishes, including ones added later.
 */
public final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

    private final JsonNode root;

    private OpenApiDocument(JsonNode root) {
        this.root = root;
    }

    /** Fetches the document from the application under test (RestAssured's configured base URI and port). */
    public static OpenApiDocument fetch() {
        String json = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        return parse(json);
    }

    public static OpenApiDocument parse(String json) {
        try {
            return new OpenApiDocument(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document is not JSON", e);
        }
    }

    /** Every operation (path × method), in document order. */
    public List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> items = path.getValue().fields();
            while (items.hasNext()) {
                Map.Entry<String, JsonNode> item = items.next();
                if (METHODS.contains(item.getKey())) {
                    operations.add(operation(path.getKey(), item.getKey(), item.getValue()));
                }
            }
        }
        return operations;
    }

    /** How many operations the document lists, counted independently of {@link #operations()}. */
    public int operationCount() {
        int count = 0;
        for (JsonNode item : root.path("paths")) {
            for (String method : METHODS) {
                if (item.has(method)) {
                    count++;
                }
            }
        }
        return count;
    }

    private ApiOperation operation(String path, String method, JsonNode operation) {
        List<String> parameters = new ArrayList<>();
        Matcher matcher = TEMPLATE.matcher(path);
        while (matcher.find()) {
            parameters.add(matcher.group(1));
        }
        return new ApiOperation(method.toUpperCase(), path, secured(operation), List.copyOf(parameters),
                operation.has("requestBody"));
    }

    /**
     * OpenAPI: an operation's {@code security} overrides the document's; an empty list, or a list containing an
     * empty requirement object (authentication optional), means no token is needed.
     */
    private boolean secured(JsonNode operation) {
        JsonNode security = operation.has("security") ? operation.get("security") : root.path("security");
        if (!security.isArray() || security.isEmpty()) {
            return false;
        }
        for (JsonNode requirement : security) {
            if (requirement.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
