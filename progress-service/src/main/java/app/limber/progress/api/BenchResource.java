package app.limber.progress.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import app.limber.platform.problem.ProblemException;
import app.limber.progress.service.NudgeSweep;

/**
 * One nudge sweep at an instant the caller chooses, timed inside the service: bench/nudge-sweep.sh walks the zone-hours
 * of two days with it over a seeded population, with the sweep's timer off. Exists only in a build made with
 * {@code -Dlimber.bench.enabled=true} (the bench builds such a variant of its own); the application every other build
 * produces has no such endpoint, and no build documents it.
 */
@Path("/bench/nudge-sweep")
@IfBuildProperty(name = "limber.bench.enabled", stringValue = "true")
@RolesAllowed("admin")
public class BenchResource {

    /** What the sweep did and how long it took, in milliseconds. */
    public record TimedSweep(int users, int published, int suppressed, double millis) {
    }

    private final NudgeSweep sweep;

    BenchResource(NudgeSweep sweep) {
        this.sweep = sweep;
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public TimedSweep sweep(@QueryParam("at") String at) {
        Instant instant = instant(at);
        long started = System.nanoTime();
        NudgeSweep.Swept swept = sweep.sweep(instant);
        return new TimedSweep(swept.users(), swept.published(), swept.suppressed(), (System.nanoTime() - started) / 1e6);
    }

    private static Instant instant(String at) {
        if (at == null) {
            throw ProblemException.badField("at", "is required: the instant to sweep at, e.g. 2026-11-29T18:00:00Z");
        }
        try {
            return Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw ProblemException.badField("at", "must be an instant such as 2026-11-29T18:00:00Z");
        }
    }
}
