package app.limber.progress.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.limber.platform.problem.ProblemException;
import app.limber.progress.messaging.Rebuilder;

@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "admin", description = "Operations (role admin)")
public class AdminResource {

    private final Rebuilder rebuilder;

    AdminResource(Rebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @POST
    @Path("/rebuild")
    @Operation(operationId = "rebuildProgress", summary = "Rebuild every statistic from the event log",
            description = "Replays routine.session-events and routine.plan-events from their first record into fresh "
                    + "tables, then swaps them in atomically while live consumption pauses for the last few records. "
                    + "Reads keep being served from the current tables meanwhile. Answers when done. Takes no body.")
    @APIResponse(responseCode = "200", description = "Rebuilt and swapped in")
    @APIResponse(responseCode = "400", description = ErrorDescriptions.UNKNOWN_PARAMETER)
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    @APIResponse(responseCode = "403", description = "Not an admin")
    @APIResponse(responseCode = "409", description = "A rebuild is already running")
    public Rebuilder.Report rebuild() throws Exception {
        try {
            return rebuilder.rebuild();
        } catch (Rebuilder.AlreadyRunning e) {
            throw ProblemException.of(Response.Status.CONFLICT, e.getMessage());
        }
    }
}
