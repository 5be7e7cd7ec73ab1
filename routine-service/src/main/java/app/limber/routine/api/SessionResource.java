package app.limber.routine.api;

import app.limber.routine.domain.RoutineException;
import app.limber.routine.service.SessionService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

@Path("/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"athlete", "admin"})
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "sessions")
public class SessionResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 200;

    private final SessionService sessions;
    private final SecurityIdentity identity;
    private final ObjectMapper mapper;

    SessionResource(SessionService sessions, SecurityIdentity identity, ObjectMapper mapper) {
        this.sessions = sessions;
        this.identity = identity;
        this.mapper = mapper;
    }

    @GET
    @Operation(summary = "The caller's sessions whose local day lies between from and to (inclusive), latest first",
            description = "At most 500 sessions.")
    @APIResponse(responseCode = "200", description = "Sessions")
    @APIResponse(responseCode = "400", description = "A date is malformed, or from is after to")
    public List<SessionView> list(@Parameter(description = "First local day, e.g. 2026-11-01") @QueryParam("from") String from,
                                  @Parameter(description = "Last local day, e.g. 2026-11-30") @QueryParam("to") String to) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw RoutineException.invalid("to", "must not be before from");
        }
        return sessions.list(Callers.of(identity), fromDate, toDate).stream().map(SessionView::of).toList();
    }

    @POST
    @Operation(summary = "Record a completed session",
            description = "Publishes limber.session.completed.v1. With an Idempotency-Key header, repeating the same "
                    + "request answers the first 201 again (same id and body); the same key with a different body is 422.")
    @APIResponse(responseCode = "201", description = "Recorded (or recorded earlier under the same key)")
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
    @Operation(summary = "Delete a session; statistics drop it (publishes limber.session.deleted.v1)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such session, or another user's")
    public Response delete(@PathParam("id") UUID id) {
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

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw RoutineException.invalid(name, "must be a date such as 2026-11-21");
        }
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw RoutineException.invalid(name, "must lie between the years 1 and 9999");
        }
        return date;
    }
}
