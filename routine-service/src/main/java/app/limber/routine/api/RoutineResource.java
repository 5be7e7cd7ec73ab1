package app.limber.routine.api;

import app.limber.platform.api.ListPage;
import app.limber.platform.api.PageParameters;
import app.limber.platform.api.PageRequest;
import app.limber.platform.api.QueryParameters;
import app.limber.routine.domain.Caller;
import app.limber.routine.domain.Purpose;
import app.limber.routine.persistence.Paged;
import app.limber.routine.service.RoutineService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/routines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "routines", description = "Routines: public templates from the articles, your own, and the composer")
public class RoutineResource {

    private final RoutineService routines;
    private final SecurityIdentity identity;

    RoutineResource(RoutineService routines, SecurityIdentity identity) {
        this.routines = routines;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDocumentation.BEARER))
    @Operation(operationId = "listRoutines", summary = "Public templates, plus the caller's own routines when a token is given",
            description = "Ordered by name, then id, so the order is stable across pages.")
    @APIResponse(responseCode = "200", description = "One page of routines, each with its estimated duration")
    @APIResponse(responseCode = "400", description = "errors[] names each bad parameter: an unknown purpose, a page or "
            + "size out of bounds, or an unknown parameter")
    public ListPage<RoutineView> list(
            @Parameter(description = "Only routines for this purpose", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"warm-up", "cooldown", "strength", "recovery", "mobility"}))
            @QueryParam("purpose") String purpose,
            @BeanParam PageParameters paging) {
        QueryParameters parameters = new QueryParameters();
        Purpose wanted = parameters.terms("purpose", purpose == null ? null : List.of(purpose), Purpose.byTerm()).stream()
                .findFirst().orElse(null);
        PageRequest page = paging.read(parameters);
        parameters.validate();
        Paged<RoutineView> found = routines.list(caller(), wanted, page).map(RoutineMapper::view);
        return new ListPage<>(found.items(), page.page(), page.size(), found.total());
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDocumentation.BEARER))
    @Operation(operationId = "getRoutine", summary = "A routine with its items expanded from the catalog and its estimated duration")
    @APIResponse(responseCode = "200", description = "The routine")
    @APIResponse(responseCode = "404", description = "No such routine, or another user's private routine")
    public RoutineView get(@Parameter(description = "The routine's id") @PathParam("id") UUID id) {
        return RoutineMapper.view(routines.get(id, caller()));
    }

    @POST
    @RolesAllowed({"athlete", "coach", "admin"})
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @Operation(operationId = "createRoutine", summary = "Create a routine: private for athletes and coaches; admins may create public templates")
    @APIResponse(responseCode = "201", description = "Created; Location is the routine's GET",
            headers = @Header(name = "Location", description = "The new routine", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "400", description = "Invalid routine, naming the field")
    @APIResponse(responseCode = "403", description = "An athlete or coach asked for a public template")
    public Response create(@NotNull @Valid RoutineRequest request, @Context UriInfo uri) {
        RoutineView created = RoutineMapper.view(routines.create(request.toInput(), caller()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"athlete", "coach", "admin"})
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @Operation(operationId = "replaceRoutine", summary = "Replace a routine (its owner, or an admin)")
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "400", description = "Invalid routine, naming the field")
    @APIResponse(responseCode = "403", description = "A public template and the caller is no admin")
    @APIResponse(responseCode = "404", description = "No such routine, or another user's private routine")
    public RoutineView update(@Parameter(description = "The routine's id") @PathParam("id") UUID id, @NotNull @Valid RoutineRequest request) {
        return RoutineMapper.view(routines.update(id, request.toInput(), caller()));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({"athlete", "coach", "admin"})
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @Operation(operationId = "deleteRoutine", summary = "Delete a routine (its owner, or an admin); plans and sessions that used it keep their history")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "A public template and the caller is no admin")
    @APIResponse(responseCode = "404", description = "No such routine, or another user's private routine")
    public Response delete(@Parameter(description = "The routine's id") @PathParam("id") UUID id) {
        routines.delete(id, caller());
        return Response.noContent().build();
    }

    @POST
    @Path("/compose")
    @RolesAllowed({"athlete", "coach", "admin"})
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @Operation(operationId = "composeRoutine", summary = "Propose a routine (not saved) for a purpose, minutes, equipment and target areas",
            description = "Deterministic: the same request over the same catalog gives the same routine. Uses only "
                    + "exercises needing the given equipment (or none); every target is worked by some move; the "
                    + "estimated duration lies within 10 % of the minutes. Warm-ups use dynamic moves and activation "
                    + "(no static stretches), cooldowns stretches then self-massage, strength a dynamic opener then "
                    + "strength work, mobility dynamic moves then stretches, recovery dynamic moves, self-massage, stretches.")
    @APIResponse(responseCode = "200", description = "The proposed routine")
    @APIResponse(responseCode = "400", description = "Invalid request, naming the field")
    @APIResponse(responseCode = "422", description = "No routine can meet the request; the detail says why")
    public RoutineView compose(@NotNull @Valid ComposeRequest request) {
        return RoutineMapper.composed(routines.compose(request.toRequest()));
    }

    private Caller caller() {
        return Callers.of(identity);
    }
}
