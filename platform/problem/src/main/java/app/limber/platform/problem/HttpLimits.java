package app.limber.platform.problem;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The request limits a client meets, as configured under {@code quarkus.http.limits} (Quarkus's defaults
 * when a service sets none). {@link HttpLimitsRoute} enforces them with problem documents;
 * {@link CodecHeadroom} lets requests over them get that far.
 */
@ApplicationScoped
public class HttpLimits {

    private final int requestLine;
    private final long headers;
    private final long body;

    HttpLimits(@ConfigProperty(name = "quarkus.http.limits.max-initial-line-length", defaultValue = "4096") int requestLine,
               @ConfigProperty(name = "quarkus.http.limits.max-header-size", defaultValue = "20K") MemorySize headers,
               @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize body) {
        this.requestLine = requestLine;
        this.headers = headers.asLongValue();
        this.body = body.asLongValue();
    }

    /** Characters of the request line: method, target (path and query) and version. */
    public int requestLine() {
        return requestLine;
    }

    /** Bytes of all header lines together. */
    public long headers() {
        return headers;
    }

    /** Bytes of a request body. */
    public long body() {
        return body;
    }

    /** A size as a person reads it: 16 KiB, 1 MiB, 700 bytes. */
    static String readable(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
