package app.limber.testing.security;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;

/**
 * Sends fuzz cases and checks what a client must be able to rely on whatever it sends: never a 5xx; every 4xx a
 * problem document whose {@code status} is the HTTP status; and a rejected request leaves no trace, i.e. the
 * caller-visible {@code state} (a row count, a listing) reads the same before and after it.
 */
public final class FuzzRun {

    private static final int SHOWN_FAILURES = 15;
    // bytes go out exactly as built, whatever the Content-Type says (a form body too)
    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)
                    .encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.BINARY));

    /** What a run saw: answers per class and every failed expectation with its request and response. */
    public record Report(String operation, int sent, int accepted, int rejected, List<String> failures) {

        /** Throws, naming up to 15 failures, unless every case was answered as promised. */
        public void assertClean() {
            if (failures.isEmpty()) {
                return;
            }
            StringBuilder message = new StringBuilder(operation + ": " + failures.size() + " of " + sent
                    + " fuzz cases were answered wrongly:");
            failures.stream().limit(SHOWN_FAILURES).forEach(f -> message.append("\n  - ").append(f));
            throw new AssertionError(message.toString());
        }
    }

    private FuzzRun() {
    }

    /**
     * @param token bearer token of the caller, or null for none
     * @param state read before and after each case; must be equal around every rejected (4xx) case
     */
    public static Report send(String operation, List<FuzzCase> cases, String token, Supplier<?> state) {
        int accepted = 0;
        int rejected = 0;
        List<String> failures = new ArrayList<>();
        for (FuzzCase fuzz : cases) {
            Object before = state.get();
            Response response = send(fuzz, token);
            int status = response.statusCode();
            ProblemResponses.unacceptable(response)
                    .ifPresent(f -> failures.add(fuzz.describe() + "\n      -> " + f));
            if (status >= 400 && status < 500) {
                rejected++;
                Object after = state.get();
                if (!Objects.equals(before, after)) {
                    failures.add(fuzz.describe() + "\n      -> rejected with " + status + " but changed state from "
                            + before + " to " + after);
                }
            } else if (status < 300) {
                accepted++;
            }
        }
        return new Report(operation, cases.size(), accepted, rejected, List.copyOf(failures));
    }

    public static Response send(FuzzCase fuzz, String token) {
        RequestSpecification request = given().config(RAW).urlEncodingEnabled(false);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        fuzz.headers().forEach(request::header);
        if (fuzz.contentType() != null) {
            request.contentType(fuzz.contentType());
        }
        if (fuzz.body() != null) {
            request.body(fuzz.body());
        }
        return request.request(fuzz.method(), fuzz.path());
    }
}
