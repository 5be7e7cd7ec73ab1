package app.limber.routine.api;

import app.limber.routine.service.PersonalDataExport;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;

/** The caller's own data, to take away: any role, since every user is the subject of their own data. */
@Path("/me/export")
@Authenticated
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "privacy", description = "Your data: take it away, or have it erased")
public class MyExportResource {

    private final PersonalDataExport export;
    private final SecurityIdentity identity;
    private final Clock clock;

    MyExportResource(PersonalDataExport export, SecurityIdentity identity, Clock clock) {
        this.export = export;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportMyData", summary = "Everything routine holds about you, as JSON",
            description = "Your private routines (deleted ones too), plans with their pauses, sessions with their "
                    + "exercises, your coaches, and as a coach your athletes and invitations. Your statistics, "
                    + "milestones, nudge settings and alerts are in progress-service's GET /me/export.")
    @APIResponse(responseCode = "200", description = "Your data")
    public ExportView export() {
        return ExportView.of(export.of(Callers.of(identity).userId()), clock.instant());
    }

    @GET
    @Path("/sessions.csv")
    @Produces(SessionsCsv.MEDIA_TYPE)
    @Operation(operationId = "exportMySessionsCsv", summary = "Your sessions as CSV (RFC 4180)",
            description = "A header line, then one line per exercise entry of each session, earliest completion first; "
                    + "the session's columns repeat on each of its lines and position numbers its entries from 1.")
    @APIResponse(responseCode = "200", description = "Your sessions")
    public String sessionsCsv() {
        return SessionsCsv.of(export.of(Callers.of(identity).userId()).sessions());
    }
}
