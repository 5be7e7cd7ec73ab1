package app.limber.catalog.api;

import app.limber.platform.problem.ProblemException;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A constant JSON document of a requested size: what this service does for a request when it does
 * nothing but answer. bench/catalog-read.sh compares the listing with it. Exists only in a build made with
 * {@code -Dlimber.bench.enabled=true} (the bench builds such a variant of its own); the application every
 * other build produces has no such endpoint.
 */
@Path("/bench/constant")
@IfBuildProperty(name = "limber.bench.enabled", stringValue = "true")
public class BenchResource {

    static final int MAX_BYTES = 1 << 20;

    private final ConcurrentHashMap<Integer, byte[]> bodies = new ConcurrentHashMap<>();

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response constant(@QueryParam("bytes") Integer bytes) {
        int size = bytes == null ? 1024 : bytes;
        if (size < 16 || size > MAX_BYTES) {
            throw ProblemException.badField("bytes", "must be from 16 to " + MAX_BYTES);
        }
        return Response.ok(bodies.computeIfAbsent(size, BenchResource::document), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** {"padding":"xxx..."} of exactly {@code size} bytes. */
    private static byte[] document(int size) {
        String prefix = "{\"padding\":\"";
        String suffix = "\"}";
        char[] padding = new char[size - prefix.length() - suffix.length()];
        Arrays.fill(padding, 'x');
        return (prefix + new String(padding) + suffix).getBytes(StandardCharsets.UTF_8);
    }
}
