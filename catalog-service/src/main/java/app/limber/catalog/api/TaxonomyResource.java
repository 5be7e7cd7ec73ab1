package app.limber.catalog.api;

import app.limber.catalog.domain.Category;
import app.limber.catalog.domain.Equipment;
import app.limber.catalog.domain.Position;
import app.limber.catalog.domain.Purpose;
import app.limber.catalog.domain.TargetArea;
import app.limber.catalog.domain.Term;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSets;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Arrays;
import java.util.List;

@Path("/taxonomy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Taxonomy", description = "The controlled vocabulary")
public class TaxonomyResource {

    @Schema(name = "Term", description = "A vocabulary value: the slug clients send and events carry, and a label for people")
    public record TermView(String slug, String label) {
    }

    @Schema(name = "Taxonomy", description = "Every value the catalog's facets and exercise fields accept, in display order")
    public record Taxonomy(List<TermView> category, List<TermView> targetAreas, List<TermView> equipment,
                           List<TermView> position, List<TermView> purposes) {
    }

    private static final Taxonomy TAXONOMY = new Taxonomy(terms(Category.class), terms(TargetArea.class),
            terms(Equipment.class), terms(Position.class), terms(Purpose.class));

    @GET
    @PermitAll
    @SecurityRequirementsSets
    @Operation(operationId = "getTaxonomy", summary = "The controlled vocabulary with labels",
            description = "category, targetAreas (hips = general hip mobility), equipment (none = no equipment), "
                    + "position, and the routine purposes.")
    @APIResponse(responseCode = "200", description = "Every vocabulary, each in display order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Taxonomy.class)))
    @APIResponse(responseCode = "400", description = "A query parameter is unknown; errors[] names it")
    public Taxonomy taxonomy() {
        return TAXONOMY;
    }

    private static <T extends Enum<T> & Term> List<TermView> terms(Class<T> type) {
        return Arrays.stream(type.getEnumConstants()).map(t -> new TermView(t.slug(), t.label())).toList();
    }
}
