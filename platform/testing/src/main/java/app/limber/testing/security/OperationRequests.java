package app.limber.testing.security;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Sends one documented operation with its path parameters filled in and a given bearer token (or none). */
public final class OperationRequests {

    /** What operations with a request body get: well-formed JSON, so that only the token decides the answer. */
    public static final String NEUTRAL_BODY = "{}";

    private OperationRequests() {
    }

    /** {@code token} null sends no Authorization header. */
    public static Response send(ApiOperation operation, Map<String, String> pathValues, String token) {
        RequestSpecification request = given().urlEncodingEnabled(false);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (operation.takesBody()) {
            request.contentType(ContentType.JSON).body(NEUTRAL_BODY);
        }
        return request.request(operation.method(), fill(operation, pathValues));
    }

    /** The path with each {@code {name}} replaced by its URL-encoded value; every parameter must have one. */
    public static String fill(ApiOperation operation, Map<String, String> pathValues) {
        String path = operation.path();
        for (String name : operation.pathParameters()) {
            String value = pathValues.get(name);
            if (value == null) {
                throw new IllegalArgumentException(operation + ": no value for path parameter " + name);
            }
            path = path.replace("{" + name + "}", encode(value));
        }
        return path;
    }

    /** Percent-encoding for one path segment ({@code +} is a literal plus in a path, so spaces become %20). */
    public static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
