package app.limber.progress;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.function.Consumer;

import org.awaitility.Awaitility;

import app.limber.testing.TestTokens;
import io.restassured.response.ValidatableResponse;

/** Reads a user's statistics over HTTP, waiting for the consumer to catch up. */
public final class Progress {

    /** Ample on a loaded two-core machine; every wait returns as soon as its condition holds. */
    public static final Duration DEADLINE = Duration.ofSeconds(60);

    private Progress() {
    }

    public static ValidatableResponse me(String userId) {
        return given().auth().oauth2(TestTokens.token(userId, "athlete")).when().get("/progress/me").then().statusCode(200);
    }

    /** Waits until the user's summary passes {@code check} (asserting inside), then returns it. */
    public static ValidatableResponse awaitMe(String userId, Consumer<ValidatableResponse> check) {
        return awaitMe(userId, DEADLINE, check);
    }

    public static ValidatableResponse awaitMe(String userId, Duration deadline, Consumer<ValidatableResponse> check) {
        ValidatableResponse[] last = new ValidatableResponse[1];
        Awaitility.await().atMost(deadline).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            last[0] = me(userId);
            check.accept(last[0]);
        });
        return last[0];
    }
}
