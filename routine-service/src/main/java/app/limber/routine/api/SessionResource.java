package app.limber.routine.api;

import app.limber.platform.api.ListPage;
import app.limber.platform.api.PageParameters;
import app.limber.platform.api.PageRequest;
import app.limber.platform.api.QueryParameters;
import app.limber.routine.domain.RoutineException;
import app.limber.routine.persistence.Paged;
import app.limber.routine.service.SessionService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"athlete", "admin"})
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "sessions", description = "The training sessions you completed")
public class SessionResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 200;
    private static final String NOT_FOUND = "No such session, or another user's";

    private final SessionService sessions;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;

    SessionResource(SessionService sessions, SecurityIdentity identity, ObjectMapper mapper) {
        this.sessions = sessions;
        this.identity = identity;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listSessions", summary = "The caller's sessions whose local day lies between from and to (inclusive)",
            description = "Latest completion first, then by id, so the order is stable across pages. Without from or "
                    + "to the range is open on that side.")
    @APIResponse(responseCode = "200", description = "One page of sessions")
    @APIResponse(responseCode = "400", description = "errors[] names each bad parameter: a date that is not yyyy-MM-dd "
            + "or lies outside 1970-01-01..9999-12-31, 'to' before 'from', a page or size out of bounds, or an unknown parameter")
    public ListPage<SessionView> list(
            @Parameter(description = "First local day", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Last local day", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @BeanParam PageParameters paging) {
        QueryParameters parameters = new QueryParameters();
        LocalDate fromDate = parameters.date("from", from, null);
        LocalDate toDate = parameters.date("to", to, null);
        PageRequest page = paging.read(parameters);
        parameters.order(fromDate, toDate);
        parameters.validate();
        Paged<SessionView> found = sessions.list(Callers.of(identity), fromDate, toDate, page).map(SessionView::of);
        return new ListPage<>(found.items(), page.page(), page.size(), found.total());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSession", summary = "One of the caller's sessions")
    @APIResponse(responseCode = "200", description = "The session")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public SessionView get(@Parameter(description = "The session's id") @PathParam("id") UUID id) {
        return SessionView.of(sessions.get(id, Callers.of(identity)));
    }

    @POST
    @Operation(operationId = "recordSession", summary = "Record a completed session",
            description = "Publishes limber.session.completed.v1. With an Idempotency-Key header, repeating the same "
                    + "request answers the first 201 again (same id and body); the same key with a different body is 422.")
    @APIResponse(responseCode = "201", description = "Recorded (or recorded earlier under the same key); Location is the session's GET",
            headers = {
                    @Header(name = "Location", description = "The session", schema = @Schema(type = SchemaType.STRING, format = "uri")),
                    @Header(name = "Idempotent-Replayed", description = "true when the answer repeats an earlier recording under the same key",
                            schema = @Schema(type = SchemaType.BOOLEAN))})
    @APIResponse(responseCode = "400", description = "Invalid session, naming the field")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    public Response record(@NotNull @Valid SessionRequest request,
                           @Parameter(description = "Client-chosen key that makes retries safe (at most 200 characters)")
                           @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                           @Context UriInfo uri) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
            throw RoutineException.invalid(IDEMPOTENCY_KEY, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        SessionService.Recorded recorded = sessions.record(request.toInput(), idempotencyKey, fingerprint(request), Callers.of(identity));
        SessionView view = SessionView.of(recorded.session());
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                .header("Idempotent-Replayed", String.valueOf(recorded.replayed()))
                .entity(view).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteSession", summary = "Delete a session; statistics drop it (publishes limber.session.deleted.v1)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response delete(@Parameter(description = "The session's id") @PathParam("id") UUID id) {
        sessions.delete(id, Callers.of(identity));
        return Response.noContent().build();
    }

    /** The request as parsed, so that formatting and key order do not make two equal requests differ. */
    private String fingerprint(SessionRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(mapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint a session request", e);
        }
    }
}
