package app.limber.routine.api;

import app.limber.routine.service.PersonalDataExport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;

/** A user's data exported on their behalf by an admin (a request that reached support); a coach cannot. */
@Path("/admin/users/{id}/export")
@RolesAllowed("admin")
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "privacy", description = "Your data: take it away, or have it erased")
public class AdminExportResource {

    private final PersonalDataExport export;
    private final Clock clock;

    AdminExportResource(PersonalDataExport export, Clock clock) {
        this.export = export;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportUserData", summary = "Everything routine holds about a user, as JSON",
            description = "What GET /me/export answers that user. Users are not stored apart from their data, so an "
                    + "id nobody used answers an export with empty lists.")
    @APIResponse(responseCode = "200", description = "The user's data")
    @APIResponse(responseCode = "400", description = "The id is not a user id (errors[] names id)")
    public ExportView export(@Parameter(description = "The user's id (token subject)") @PathParam("id") String id) {
        return ExportView.of(export.of(UserIds.read("id", id)), clock.instant());
    }

    @GET
    @Path("/sessions.csv")
    @Produces(SessionsCsv.MEDIA_TYPE)
    @Operation(operationId = "exportUserSessionsCsv", summary = "A user's sessions as CSV (RFC 4180)",
            description = "What GET /me/export/sessions.csv answers that user.")
    @APIResponse(responseCode = "200", description = "The user's sessions")
    @APIResponse(responseCode = "400", description = "The id is not a user id (errors[] names id)")
    public String sessionsCsv(@Parameter(description = "The user's id (token subject)") @PathParam("id") String id) {
        return SessionsCsv.of(export.of(UserIds.read("id", id)).sessions());
    }
}
