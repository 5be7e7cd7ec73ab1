package app.limber.testing.security;

import io.restassured.response.Response;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;

/** The framework endpoints every service serves outside its OpenAPI document, which DESIGN makes public. */
public final class OpenEndpoints {

    /** Health (liveness, readiness) and the OpenAPI document. */
    public static final List<String> FRAMEWORK = List.of("/q/health", "/q/health/live", "/q/health/ready", "/q/openapi");

    private OpenEndpoints() {
    }

    /** Each of {@code paths} that, asked with GET and no token, answers anything but 200. */
    public static List<String> refusingAnonymous(List<String> paths) {
        List<String> refusing = new ArrayList<>();
        for (String path : paths) {
            Response response = given().when().get(path);
            if (response.statusCode() != 200) {
                refusing.add("GET " + path + " without a token: " + ProblemResponses.describe(response));
            }
        }
        return refusing;
    }
}
