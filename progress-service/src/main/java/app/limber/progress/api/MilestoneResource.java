package app.limber.progress.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.limber.platform.api.ListPage;
import app.limber.platform.api.PageParameters;
import app.limber.platform.api.PageRequest;
import app.limber.platform.api.QueryParameters;
import app.limber.progress.persistence.MilestoneReads;

/** The caller's own milestones (the JWT subject is the user); any authenticated role. */
@Path("/progress/me/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Tag(name = "progress")
public class MilestoneResource {

    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final MilestoneReads reads;
    private final JsonWebToken token;
    private final ObjectMapper mapper;

    MilestoneResource(MilestoneReads reads, JsonWebToken token, ObjectMapper mapper) {
        this.reads = reads;
        this.token = token;
        this.mapper = mapper;
    }

    @GET
    @Operation(operationId = "listMyMilestones", summary = "Your milestones, newest first",
            description = "What progress recorded about your consistency from your sessions and plans: a plan-week that "
                    + "reached its target, a streak that reached a length, a comeback. Newest local day first, then the "
                    + "latest recorded, then by id, so the order is stable across pages. A milestone that a later change "
                    + "made untrue (a deleted session, a late session, a changed plan) stays in the list with revokedAt "
                    + "and revocationReason; if it becomes true again it is listed again under a new milestoneId. "
                    + "Milestones recorded but not sent as notifications (published false) are listed too. 'from' and "
                    + "'to' select local days, both inclusive; without one the range is open on that side.")
    @APIResponse(responseCode = "200", description = "One page of milestones")
    @APIResponse(responseCode = "400", description = "errors[] names each bad parameter: a date that is not yyyy-MM-dd "
            + "or lies outside 1970-01-01..9999-12-31, 'to' before 'from', a page or size out of bounds, or an unknown "
            + "parameter")
    @APIResponse(responseCode = "401", description = ErrorDescriptions.NO_TOKEN)
    public ListPage<MilestoneResponse> list(
            @Parameter(description = "First local day", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String fromText,
            @Parameter(description = "Last local day", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String toText,
            @BeanParam PageParameters paging) {
        QueryParameters parameters = new QueryParameters();
        LocalDate from = parameters.date("from", fromText, QueryParameters.FIRST_DAY);
        LocalDate to = parameters.date("to", toText, QueryParameters.LAST_DAY);
        PageRequest page = paging.read(parameters);
        parameters.order(from, to);
        parameters.validate();
        MilestoneReads.Page found = reads.feed(token.getSubject(), from, to, page.offset(), page.size());
        return new ListPage<>(found.items().stream().map(this::response).toList(), page.page(), page.size(),
                found.total());
    }

    private MilestoneResponse response(MilestoneReads.Recorded recorded) {
        return new MilestoneResponse(recorded.id(), recorded.type(), recorded.localDate(), recorded.recordedAt(),
                recorded.published(), recorded.revokedAt(), recorded.revokeReason(), details(recorded.detailsJson()));
    }

    private Map<String, Object> details(String detailsJson) {
        try {
            return mapper.readValue(detailsJson, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable milestone details", e);
        }
    }
}
