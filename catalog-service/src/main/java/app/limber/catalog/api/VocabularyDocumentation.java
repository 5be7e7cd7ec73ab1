package app.limber.catalog.api;

import app.limber.catalog.domain.Category;
import app.limber.catalog.domain.Equipment;
import app.limber.catalog.domain.Position;
import app.limber.catalog.domain.TargetArea;
import app.limber.catalog.domain.Term;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes the controlled vocabulary into the OpenAPI document from the enums themselves, so that the
 * allowed values of every facet and field are documented and can never drift from what the code
 * accepts.
 */
@OpenApiFilter
public class VocabularyDocumentation implements OASFilter {

    private static final Map<String, Class<? extends Term>> FACETS = Map.of(
            "category", Category.class, "target", TargetArea.class, "equipment", Equipment.class,
            "position", Position.class);

    private static final Map<String, Class<? extends Term>> SCALAR_FIELDS = Map.of(
            "category", Category.class, "position", Position.class);

    private static final Map<String, Class<? extends Term>> LIST_FIELDS = Map.of(
            "targetAreas", TargetArea.class, "equipment", Equipment.class);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        PathItem exercises = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItem("/exercises");
        Operation list = exercises == null ? null : exercises.getGET();
        if (list != null && list.getParameters() != null) {
            for (Parameter parameter : list.getParameters()) {
                Class<? extends Term> type = FACETS.get(parameter.getName());
                if (type != null) {
                    parameter.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(slugs(type)));
                }
            }
        }
        for (String name : List.of("ExerciseInput", "Exercise", "ExerciseSummary")) {
            Schema schema = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                    ? null : openAPI.getComponents().getSchemas().get(name);
            if (schema == null || schema.getProperties() == null) {
                continue;
            }
            SCALAR_FIELDS.forEach((field, type) -> replace(schema, field, slugs(type)));
            LIST_FIELDS.forEach((field, type) -> replace(schema, field,
                    OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(slugs(type))));
        }
    }

    private static void replace(Schema schema, String field, Schema documented) {
        Schema current = schema.getProperties().get(field);
        if (current != null) {
            documented.setDescription(current.getDescription());
            schema.addProperty(field, documented);
        }
    }

    private static Schema slugs(Class<? extends Term> type) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .enumeration(Arrays.stream(type.getEnumConstants()).map(t -> (Object) t.slug()).toList());
    }
}
