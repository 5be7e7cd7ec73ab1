package app.limber.catalog.security;

import app.limber.catalog.Exercises;
import app.limber.testing.TestTokens;
import app.limber.testing.security.AccessTable;
import app.limber.testing.security.AuthorizationMatrix;
import app.limber.testing.security.OpenApiDocument;
import app.limber.testing.security.OpenEndpoints;
import app.limber.testing.security.ProblemResponses;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who may call what: catalog reads are public (a coach reads like an athlete), every change is for admins (DESIGN "Security"). */
@QuarkusTest
class CatalogAuthorizationTest {

    static final AccessTable ACCESS = new AccessTable()
            .open("GET /exercises", "GET /exercises/{slug}", "GET /taxonomy")
            .roles("POST /exercises", "admin")
            .roles("PUT /exercises/{slug}", "admin")
            .roles("DELETE /exercises/{slug}", "admin");

    @Test
    void everyDocumentedOperationAdmitsExactlyItsRoles() {
        String slug = Exercises.uniqueSlug("authz");
        Exercises.create(Exercises.body(slug));
        OpenApiDocument document = OpenApiDocument.fetch();

        new AuthorizationMatrix(document, ACCESS, "matrix-user",
                operation -> Map.of("slug", slug)).assertEveryOperationGuarded();
    }

    @Test
    void healthAndOpenApiNeedNoToken() {
        assertEquals(List.of(), OpenEndpoints.refusingAnonymous(OpenEndpoints.FRAMEWORK));
    }

    @Test
    void onlyAdminsListRetiredExercises() {
        assertEquals(Optional.empty(), ProblemResponses.mismatch(
                given().queryParam("includeRetired", "true").get("/exercises"), 401));
        assertEquals(Optional.empty(), ProblemResponses.mismatch(
                given().auth().oauth2(TestTokens.token("reader", "athlete", "analyst", "coach"))
                        .queryParam("includeRetired", "true").get("/exercises"), 403));
        given().auth().oauth2(TestTokens.token("editor", "admin")).queryParam("includeRetired", "true")
                .get("/exercises").then().statusCode(200);
    }
}
