package app.limber.catalog.api;

import app.limber.catalog.domain.ExerciseContent;
import app.limber.catalog.domain.ExerciseFilter;
import app.limber.catalog.domain.ExerciseInput;
import app.limber.catalog.domain.ExerciseValidator;
import app.limber.catalog.domain.InvalidExerciseException;
import app.limber.catalog.domain.Slugs;
import app.limber.catalog.domain.Violation;
import app.limber.catalog.persistence.Exercise;
import app.limber.catalog.persistence.ExerciseRepository;
import app.limber.catalog.service.CatalogReader;
import app.limber.catalog.service.CatalogWriter;
import app.limber.platform.api.ListPage;
import app.limber.platform.api.PageRequest;
import app.limber.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSets;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

@Path("/exercises")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exercises", description = "The exercise catalog: public reads, admin writes")
public class ExerciseResource {

    public static final String ADMIN = "admin";

    private final CatalogReader reader;
    private final CatalogWriter writer;
    private final ListingCache listings;
    private final ObjectMapper json;
    private final SecurityIdentity identity;

    ExerciseResource(CatalogReader reader, CatalogWriter writer, ListingCache listings, ObjectMapper json,
                     SecurityIdentity identity) {
        this.reader = reader;
        this.writer = writer;
        this.listings = listings;
        this.json = json;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = ApiDocumentation.BEARER))
    @Operation(operationId = "listExercises", summary = "Find exercises",
            description = "Text search over name, aliases and summary (PostgreSQL full-text search, plus trigram "
                    + "similarity on name and aliases for partial or misspelt words), ranked by relevance; then "
                    + "ordered by name and slug, so the order is stable across pages. Facets take the slugs of "
                    + "GET /taxonomy, repeated or comma-separated; values within a facet are alternatives, facets "
                    + "combine with AND. equipment=none lists exercises that need nothing. Retired exercises are "
                    + "left out unless an admin asks for includeRetired=true. No token is needed otherwise.")
    @APIResponse(responseCode = "200", description = "One page of the exercises that match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExercisePage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is invalid or unknown; errors[] names each one")
    @APIResponse(responseCode = "401", description = "includeRetired=true without a valid token")
    @APIResponse(responseCode = "403", description = "includeRetired=true by a caller who is not an admin")
    public Response list(
            @Parameter(description = "Words to search for, e.g. hip flexor", schema = @Schema(type = SchemaType.STRING, maxLength = ListingParameters.MAX_TEXT))
            @QueryParam("q") String q,
            @Parameter(description = "Category slug(s)") @QueryParam("category") List<String> category,
            @Parameter(description = "Target area slug(s): exercises working any of them") @QueryParam("target") List<String> target,
            @Parameter(description = "Equipment slug(s): exercises using any of them; none = no equipment") @QueryParam("equipment") List<String> equipment,
            @Parameter(description = "Position slug(s)") @QueryParam("position") List<String> position,
            @Parameter(description = "true: only exercises done one side at a time; false: only the others",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("perSide") String perSide,
            @Parameter(description = "0-based page index", schema = @Schema(type = SchemaType.INTEGER, minimum = "0",
                    maximum = "" + PageRequest.MAX_PAGE, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + PageRequest.MAX_SIZE, defaultValue = "" + PageRequest.DEFAULT_SIZE)) @QueryParam("size") String size,
            @Parameter(description = "Admins only: true includes retired exercises",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("includeRetired") String includeRetired) {
        ExerciseFilter filter = ListingParameters.parse(q, category, target, equipment, position, perSide, page, size,
                includeRetired);
        if (filter.includeRetired()) {
            requireAdmin();
        }
        byte[] body = listings.page(filter, () -> render(filter));
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private byte[] render(ExerciseFilter filter) {
        ExerciseRepository.Page found = reader.list(filter);
        ListPage<ExerciseSummary> page = new ListPage<>(found.items().stream().map(ExerciseViews::summary).toList(),
                filter.page(), filter.size(), found.total());
        try {
            return json.writeValueAsBytes(page);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render a listing", e);
        }
    }

    @GET
    @Path("{slug}")
    @PermitAll
    @SecurityRequirementsSets
    @Operation(operationId = "getExercise", summary = "One exercise, retired or not",
            description = "Answers with a strong ETag (the version in quotes); with If-None-Match naming it, 304 and no body.")
    @APIResponse(responseCode = "200", description = "The exercise",
            headers = @Header(name = HttpHeaders.ETAG, description = "The exercise's version in quotes, e.g. \"3\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExerciseView.class)))
    @APIResponse(responseCode = "304", description = "The client's copy is current",
            headers = @Header(name = HttpHeaders.ETAG, description = "The exercise's version in quotes, e.g. \"3\"",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A query parameter is unknown, or If-None-Match is not a list of entity tags")
    @APIResponse(responseCode = "404", description = "No exercise has this slug")
    public Response get(@Parameter(description = "The exercise's slug", example = "half-pigeon") @PathParam("slug") String slug,
                        @Parameter(description = "ETags the client holds, e.g. \"3\"") @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Exercise exercise = reader.find(slug).orElseThrow(() -> notFound(slug));
        String etag = EntityTags.of(exercise.version());
        if (EntityTags.noneMatchHits(ifNoneMatch, exercise.version())) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(ExerciseViews.detail(exercise)).header(HttpHeaders.ETAG, etag).build();
    }

    @POST
    @RolesAllowed(ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @Operation(operationId = "createExercise", summary = "Add an exercise (admin)",
            description = "Publishes limber.exercise.upserted.v1 at version 1.")
    @APIResponse(responseCode = "201", description = "The exercise, at version 1",
            headers = {
                    @Header(name = HttpHeaders.LOCATION, description = "Where to GET the exercise",
                            schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
                    @Header(name = HttpHeaders.ETAG, description = "The exercise's version in quotes: \"1\"",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExerciseView.class)))
    @APIResponse(responseCode = "400", description = "The body is invalid; errors[] names each bad field")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller is not an admin")
    @APIResponse(responseCode = "409", description = "The slug is taken, by a live or a retired exercise")
    public Response create(ExerciseInput input, @Context UriInfo uri) {
        String slug = input == null ? null : input.slug();
        ExerciseContent content = validated(input, Slugs.problem(slug).map(p -> new Violation("slug", p)).orElse(null));
        Exercise exercise = writer.create(slug, content);
        return Response.created(uri.getBaseUriBuilder().path("exercises").path(slug).build())
                .header(HttpHeaders.ETAG, EntityTags.of(exercise.version()))
                .entity(ExerciseViews.detail(exercise))
                .build();
    }

    @PUT
    @Path("{slug}")
    @RolesAllowed(ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @Operation(operationId = "updateExercise", summary = "Replace an exercise's content (admin)",
            description = "Needs If-Match with the ETag of the version the edit is based on. A real change makes the "
                    + "next version and publishes limber.exercise.upserted.v1; sending the same content again changes "
                    + "nothing. Retired exercises cannot be edited. Refusals come in this order: 400, 404, 428, 412, 409.")
    @APIResponse(responseCode = "200", description = "The exercise as stored",
            headers = @Header(name = HttpHeaders.ETAG, description = "The exercise's version in quotes, e.g. \"4\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExerciseView.class)))
    @APIResponse(responseCode = "400", description = "The body or If-Match is invalid; errors[] names each bad field")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller is not an admin")
    @APIResponse(responseCode = "404", description = "No exercise has this slug")
    @APIResponse(responseCode = "409", description = "The exercise is retired")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one")
    @APIResponse(responseCode = "428", description = "If-Match is missing; the detail names the current version")
    public Response update(@Parameter(description = "The exercise's slug", example = "half-pigeon") @PathParam("slug") String slug,
                           @Parameter(description = "ETag of the version the edit is based on, e.g. \"3\"", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ExerciseInput input) {
        Optional<IntPredicate> basedOn = EntityTags.ifMatch(ifMatch);
        Violation slugMismatch = input != null && input.slug() != null && !input.slug().equals(slug)
                ? new Violation("slug", "must be omitted or equal the slug in the path (" + slug + ")")
                : null;
        ExerciseContent content = validated(input, slugMismatch);
        IntPredicate expected = basedOn.orElseThrow(() -> versionRequired(slug));
        Exercise exercise = writer.update(slug, content, expected);
        return Response.ok(ExerciseViews.detail(exercise)).header(HttpHeaders.ETAG, EntityTags.of(exercise.version())).build();
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(ADMIN)
    @SecurityRequirement(name = ApiDocumentation.BEARER)
    @Operation(operationId = "retireExercise", summary = "Retire an exercise (admin)",
            description = "Hides it from listings and publishes limber.exercise.retired.v1; its detail stays readable "
                    + "with retired: true. If-Match is optional here; retiring a retired exercise changes nothing.")
    @APIResponse(responseCode = "204", description = "The exercise is retired",
            headers = @Header(name = HttpHeaders.ETAG, description = "The retired exercise's version in quotes",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A query parameter is unknown, or If-Match is not a list of entity tags")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "The caller is not an admin")
    @APIResponse(responseCode = "404", description = "No exercise has this slug")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one")
    public Response retire(@Parameter(description = "The exercise's slug", example = "half-pigeon") @PathParam("slug") String slug,
                           @Parameter(description = "ETag of the version being retired, e.g. \"3\"; optional")
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Exercise exercise = writer.retire(slug, EntityTags.ifMatch(ifMatch).orElse(version -> true));
        return Response.noContent().header(HttpHeaders.ETAG, EntityTags.of(exercise.version())).build();
    }

    /** Content and slug problems together, so one 400 names every bad field. */
    private static ExerciseContent validated(ExerciseInput input, Violation slugViolation) {
        List<Violation> violations = new ArrayList<>();
        if (slugViolation != null) {
            violations.add(slugViolation);
        }
        ExerciseContent content = null;
        try {
            content = ExerciseValidator.validate(input);
        } catch (InvalidExerciseException e) {
            violations.addAll(e.violations());
        }
        if (!violations.isEmpty()) {
            throw new InvalidExerciseException(violations);
        }
        return content;
    }

    private void requireAdmin() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (!identity.hasRole(ADMIN)) {
            throw new ForbiddenException();
        }
    }

    /** 428 for an exercise that exists; one that does not is a 404 whatever the headers say. */
    private ProblemException versionRequired(String slug) {
        Exercise current = reader.find(slug).orElseThrow(() -> notFound(slug));
        return EntityTags.required(slug, current.version());
    }

    private static ProblemException notFound(String slug) {
        return ProblemException.of(Response.Status.NOT_FOUND, "No exercise " + slug + ".");
    }
}
