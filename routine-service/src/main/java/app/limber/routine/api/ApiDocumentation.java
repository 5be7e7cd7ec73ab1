package app.limber.routine.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * Declares the bearer-token scheme once so that every secured operation in the OpenAPI document
 * can refer to it; title and description come from application.properties.
 */
@OpenAPIDefinition(info = @Info(title = "Limber routine API", version = "0.1.0"))
@SecurityScheme(securitySchemeName = ApiDocumentation.BEARER, type = SecuritySchemeType.HTTP,
        scheme = "bearer", bearerFormat = "JWT")
public class ApiDocumentation extends Application {
    public static final String BEARER = "bearer";
}
