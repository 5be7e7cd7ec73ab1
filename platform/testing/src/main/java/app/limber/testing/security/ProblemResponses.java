package app.limber.testing.security;

import io.restassured.response.Response;

import java.util.Optional;

/** Whether an error answer is the RFC 9457 problem document every Limber service promises. */
public final class ProblemResponses {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final int SHOWN_BODY = 300;

    private ProblemResponses() {
    }

    /** Empty when {@code response} is a problem document of {@code status}; otherwise what is wrong with it. */
    public static Optional<String> mismatch(Response response, int status) {
        if (response.statusCode() != status) {
            return Optional.of("expected " + status + ", got " + describe(response));
        }
        return problemShape(response);
    }

    /**
     * The fuzz verdict: empty for any 1xx-3xx answer and for a 4xx problem document whose {@code status} field
     * equals the HTTP status; a 5xx is always a failure.
     */
    public static Optional<String> unacceptable(Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            return Optional.of("server error: " + describe(response));
        }
        return status >= 400 ? problemShape(response) : Optional.empty();
    }

    /** {@code status content-type body} (body shortened), for failure messages. */
    public static String describe(Response response) {
        String body = response.asString();
        if (body.length() > SHOWN_BODY) {
            body = body.substring(0, SHOWN_BODY) + "…";
        }
        return response.statusCode() + " " + response.contentType() + " " + body;
    }

    private static Optional<String> problemShape(Response response) {
        String contentType = response.contentType();
        if (contentType == null || !contentType.startsWith(MEDIA_TYPE)) {
            return Optional.of("not " + MEDIA_TYPE + ": " + describe(response));
        }
        try {
            Integer status = response.jsonPath().get("status");
            if (status == null || status != response.statusCode()) {
                return Optional.of("problem status field " + status + " differs from the HTTP status: " + describe(response));
            }
        } catch (RuntimeException e) {
            return Optional.of("unreadable problem document: " + describe(response));
        }
        return Optional.empty();
    }
}
