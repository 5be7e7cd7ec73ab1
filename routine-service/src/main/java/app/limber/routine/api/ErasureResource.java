package app.limber.routine.api;

import app.limber.routine.service.ErasureService;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

/**
 * Erasure: the user asks for themselves (any role), an admin for anyone; a coach cannot. The answer is a status
 * resource whose id is unguessable and which names no one, so any signed-in caller holding the id may read it.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "privacy", description = "Your data: take it away, or have it erased")
public class ErasureResource {

    private static final String STARTED = "Erasure started (or already running for this user: the same request); "
            + "Location is its status";
    private static final String DESCRIPTION = " Every service (catalog, routine, progress) erases what it holds about "
            + "the user and confirms; GET /erasures/{id} shows each one's part and is complete when all confirmed. "
            + "Asking again while it runs answers the same request; after it completed, a new request that finds "
            + "nothing left. Publishes limber.erasure.requested.v1.";

    private final ErasureService erasures;
    private final SecurityIdentity identity;

    ErasureResource(ErasureService erasures, SecurityIdentity identity) {
        this.erasures = erasures;
        this.identity = identity;
    }

    @DELETE
    @Path("/me")
    @Authenticated
    @Operation(operationId = "eraseMe", summary = "Forget me: erase everything Limber holds about you",
            description = "Your routines, plans, sessions, coaching, statistics and milestones, in every service." + DESCRIPTION)
    @APIResponse(responseCode = "202", description = STARTED, headers = @Header(name = "Location",
            description = "The request's status", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response eraseMe(@Context UriInfo uri) {
        return accepted(erasures.request(Callers.of(identity).userId(), "user"), uri);
    }

    @DELETE
    @Path("/admin/users/{id}")
    @RolesAllowed("admin")
    @Operation(operationId = "eraseUser", summary = "Erase everything Limber holds about a user, on their behalf",
            description = "What DELETE /me does for that user." + DESCRIPTION)
    @APIResponse(responseCode = "202", description = STARTED, headers = @Header(name = "Location",
            description = "The request's status", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "400", description = "The id is not a user id (errors[] names id)")
    public Response eraseUser(@Parameter(description = "The user's id (token subject)") @PathParam("id") String id,
                              @Context UriInfo uri) {
        return accepted(erasures.request(UserIds.read("id", id), "admin"), uri);
    }

    @GET
    @Path("/erasures/{requestId}")
    @Authenticated
    @Operation(operationId = "getErasure", summary = "An erasure request's state, service by service")
    @APIResponse(responseCode = "200", description = "The request")
    @APIResponse(responseCode = "404", description = "No such erasure request")
    public ErasureView status(@Parameter(description = "The request's id") @PathParam("requestId") UUID requestId) {
        return ErasureView.of(erasures.status(requestId));
    }

    private static Response accepted(app.limber.routine.persistence.ErasureStore.Request request, UriInfo uri) {
        URI location = uri.getBaseUriBuilder().path("erasures").path(request.id().toString()).build();
        return Response.accepted(ErasureView.of(request)).location(location).build();
    }
}
