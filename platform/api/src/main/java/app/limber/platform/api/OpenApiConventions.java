package app.limber.platform.api;

import app.limber.platform.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every service's OpenAPI document states the same way, so that a generated client finds it
 * everywhere: one security scheme ({@value #BEARER}), {@code security: []} on public operations, a 401
 * on every protected one, every error as {@code application/problem+json} with the {@value #PROBLEM}
 * schema (whose errors are {@value #FIELD_ERROR}s), a description on every response and a schema on
 * every header.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = -1000)
public class OpenApiConventions implements OASFilter {

    public static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";

    @Override
    public void filterOpenAPI(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? OASFactory.createComponents() : openApi.getComponents();
        openApi.setComponents(components);
        components.setSecuritySchemes(new LinkedHashMap<>(Map.of(BEARER, bearerScheme())));
        components.addSchema(PROBLEM, problemSchema());
        components.addSchema(FIELD_ERROR, fieldErrorSchema());
        openApi.setSecurity(null);
        if (openApi.getPaths() == null) {
            return;
        }
        for (PathItem path : openApi.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                conform(operation);
            }
        }
    }

    private static void conform(Operation operation) {
        List<SecurityRequirement> declared = operation.getSecurity() == null ? List.of() : operation.getSecurity();
        boolean secured = declared.stream().anyMatch(r -> r.getSchemes() != null && !r.getSchemes().isEmpty());
        // an empty requirement beside a scheme: a token is optional and only widens what is answered
        boolean optional = secured && declared.stream().anyMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
        List<SecurityRequirement> security = new ArrayList<>();
        if (optional) {
            security.add(OASFactory.createSecurityRequirement());
        }
        if (secured) {
            security.add(OASFactory.createSecurityRequirement().addScheme(BEARER));
        }
        operation.setSecurity(security);
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (secured && !operation.getResponses().hasAPIResponse("401")) {
            operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().description("No valid bearer token"));
        }
        operation.getResponses().getAPIResponses().forEach(OpenApiConventions::conform);
    }

    private static void conform(String status, APIResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(defaultDescription(status));
        }
        if (response.getHeaders() != null) {
            for (Header header : response.getHeaders().values()) {
                if (header.getSchema() == null && header.getRef() == null) {
                    header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
                }
            }
        }
        if (isError(status)) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
        }
    }

    private static boolean isError(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    static String defaultDescription(String status) {
        return switch (status) {
            case "200" -> "OK";
            case "201" -> "Created";
            case "204" -> "Done; no content";
            case "304" -> "Not modified since the version named in If-None-Match";
            case "400" -> "The request is malformed; errors name each field";
            case "401" -> "No valid bearer token";
            case "403" -> "The token's roles do not allow this operation";
            case "404" -> "No such resource, or not the caller's";
            default -> "Status " + status;
        };
    }

    private static SecurityScheme bearerScheme() {
        return OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("A JWT (RS256) whose sub is the user id and whose groups are the user's roles");
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document; errors name each offending field of a bad request")
                .addProperty("type", text)
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(FIELD_ERROR)))
                .required(List.of("type", "title", "status"));
    }

    /** A component of its own, so that a generated client names it as the services do. */
    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One offending part of a request and what is wrong with it, in the user's words")
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("A JSON path into the body, or a parameter or header name"))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                .required(List.of("field", "message"));
    }
}
