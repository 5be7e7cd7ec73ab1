package app.limber.progress.coach;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.function.Consumer;

import org.awaitility.Awaitility;

import app.limber.progress.Progress;
import app.limber.testing.TestTokens;
import io.restassured.response.ValidatableResponse;

/** A coach's requests, and waiting for the consumer to apply a grant or a revoke. */
final class Coaching {

    private Coaching() {
    }

    static ValidatableResponse get(String coachId, String path) {
        return given().auth().oauth2(TestTokens.token(coachId, "coach")).when().get(path).then();
    }

    /** Waits until {@code path} answers as {@code check} asserts. */
    static ValidatableResponse await(String coachId, String path, Consumer<ValidatableResponse> check) {
        ValidatableResponse[] last = new ValidatableResponse[1];
        Awaitility.await().atMost(Progress.DEADLINE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            last[0] = get(coachId, path);
            check.accept(last[0]);
        });
        return last[0];
    }
}
