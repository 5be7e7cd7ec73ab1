package app.limber.progress.api;

import java.time.Clock;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.limber.progress.persistence.NudgePreferencesStore;

/** The caller's say over the milestone events progress publishes about them. */
@Path("/progress/me/nudges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "progress")
public class NudgeResource {

    private final NudgePreferencesStore preferences;
    private final JsonWebToken token;
    private final Clock clock;

    NudgeResource(NudgePreferencesStore preferences, JsonWebToken token, Clock clock) {
        this.preferences = preferences;
        this.token = token;
        this.clock = clock;
    }

    @GET
    @Operation(operationId = "getMyNudgeSettings", summary = "What progress may send you, and when",
            description = "Until you set them: everything on, nudges at 18:00 in your plan's zone, quiet from 22:00 to "
                    + "07:00, at most 2 nudges a day.")
    @APIResponse(responseCode = "200", description = "Your settings")
    @APIResponse(responseCode = "400", description = ErrorDescriptions.UNKNOWN_PARAMETER)
    public NudgeSettings get() {
        return NudgeSettings.of(preferences.of(token.getSubject()));
    }

    @PUT
    @Operation(operationId = "replaceMyNudgeSettings", summary = "Replace your nudge settings",
            description = "Every field is given. A nudge that is switched off, falls in the quiet hours or exceeds the "
                    + "day's cap is not published, but recorded as suppressed in your milestone feed. Celebrations "
                    + "are only switched on or off; a revocation always follows what was published.")
    @APIResponse(responseCode = "200", description = "The settings now in force")
    @APIResponse(responseCode = "400", description = "errors[] names each field that is missing, of the wrong kind or "
            + "out of bounds, and a nudge hour inside the quiet hours")
    public NudgeSettings replace(@NotNull @Valid NudgeSettings settings) {
        var replaced = settings.toPreferences();
        preferences.save(token.getSubject(), replaced, clock.instant());
        return NudgeSettings.of(replaced);
    }
}
