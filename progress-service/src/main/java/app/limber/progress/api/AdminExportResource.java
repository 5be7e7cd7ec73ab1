package app.limber.progress.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A user's data exported on their behalf by an admin (a request that reached support); a coach cannot. */
@Path("/admin/users/{id}/export")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "privacy", description = "Your data: take it away, or have it erased")
public class AdminExportResource {

    private final PersonalExport export;

    AdminExportResource(PersonalExport export) {
        this.export = export;
    }

    @GET
    @Operation(operationId = "exportUserData", summary = "Everything progress holds about a user",
            description = "What GET /me/export answers that user. Users are not stored apart from their data, so an "
                    + "id nobody used answers an export with zeros and empty tables.")
    @APIResponse(responseCode = "200", description = "The user's data")
    @APIResponse(responseCode = "400", description = "The id is not a user id (errors[] names id), or "
            + ErrorDescriptions.UNKNOWN_PARAMETER)
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    @APIResponse(responseCode = "403", description = "Not an admin")
    public ExportResponse forUser(@Parameter(description = "The user's id (token subject)") @PathParam("id") String id) {
        return export.of(UserIds.read("id", id));
    }
}
