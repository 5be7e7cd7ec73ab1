package app.limber.progress.api;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own data to take away, with any role: every user is the subject of their own data. */
@Path("/me/export")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "privacy", description = "Your data: take it away, or have it erased")
public class MyExportResource {

    private final PersonalExport export;
    private final JsonWebToken token;

    MyExportResource(PersonalExport export, JsonWebToken token) {
        this.export = export;
        this.token = token;
    }

    @GET
    @Operation(operationId = "exportMyData", summary = "Everything progress holds about you",
            description = "Your statistics, calendar, training volume, milestones, nudge settings, coaching grants and "
                    + "coach alerts about you, with every fact progress received from routine. Your plans, sessions and "
                    + "routines themselves are in routine-service's GET /me/export.")
    @APIResponse(responseCode = "200", description = "Your data")
    @APIResponse(responseCode = "400", description = ErrorDescriptions.UNKNOWN_PARAMETER)
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    public ExportResponse mine() {
        return export.of(token.getSubject());
    }
}
