package app.limber.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * Refuses a request over the configured limits (request line, headers, declared body length) with a
 * problem document, before any other route reads it. Without this the refusal comes from Vert.x or
 * Quarkus as a bare status; see {@link CodecHeadroom} for why the codec lets such requests through.
 */
@ApplicationScoped
public class HttpLimitsRoute {

    /** Before every route that reads the body; ties are kept in registration order, after Quarkus's own. */
    static final int ORDER = Integer.MIN_VALUE;

    /** " HTTP/1.1" after the target, counted as Netty counts the request line. */
    private static final int VERSION_LENGTH = " HTTP/1.1".length();

    private final HttpLimits limits;
    private final ObjectMapper json;

    HttpLimitsRoute(HttpLimits limits, ObjectMapper json) {
        this.limits = limits;
        this.json = json;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (requestLineLength(request) > limits.requestLine()) {
            refuse(context, Response.Status.REQUEST_URI_TOO_LONG,
                    "The request line (method, path and query) is longer than " + limits.requestLine()
                            + " characters. Shorten the query.");
        } else if (headerBytes(request.headers()) > limits.headers()) {
            refuse(context, Response.Status.REQUEST_HEADER_FIELDS_TOO_LARGE,
                    "The request headers are larger than " + HttpLimits.readable(limits.headers()) + " together.");
        } else if (declaredBodyLength(request) > limits.body()) {
            refuse(context, Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "The body is larger than " + HttpLimits.readable(limits.body()) + ".");
        } else {
            context.next();
        }
    }

    static int requestLineLength(HttpServerRequest request) {
        return request.method().name().length() + 1 + request.uri().length() + VERSION_LENGTH;
    }

    /** Each header line as "name: value", without the line break. */
    static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + 2 + header.getValue().length();
        }
        return bytes;
    }

    private static long declaredBodyLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return 0;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            // the codec refuses such a request before it is routed
            return 0;
        }
    }

    /**
     * Answers, then closes the connection once the request has arrived: whatever body is still coming is
     * read and dropped, so that the client, still sending, is not reset before it reads the answer.
     */
    private void refuse(RoutingContext context, Response.Status status, String detail) {
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        response.setStatusCode(status.getStatusCode())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .end(body(Problem.of(status, detail)))
                .onComplete(written -> {
                    if (request.isEnded()) {
                        request.connection().close();
                    } else {
                        request.handler(dropped -> { })
                                .endHandler(end -> request.connection().close())
                                .resume();
                    }
                });
    }

    private String body(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document is always serialisable", e);
        }
    }
}
