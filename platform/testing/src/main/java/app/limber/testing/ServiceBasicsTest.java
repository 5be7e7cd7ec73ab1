package app.limber.testing;

import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What every Limber service must do from its first day: migrate its own database, report ready
 * only when its database and broker answer, and serve its OpenAPI document and Swagger UI.
 * A service's test extends this (and its {@code *IT} extends that test, for the packaged jar).
 */
public abstract class ServiceBasicsTest {

    static final String PROBLEM = "application/problem+json";

    /** The OpenAPI title the service announces, e.g. "Limber catalog API". */
    protected abstract String apiTitle();

    /** A table the service's first migration creates. */
    protected abstract String firstTable();

    /** A GET that checks the caller's bearer token, e.g. {@code /plans}. */
    protected abstract String tokenCheckedPath();

    /** A role that may call {@link #tokenCheckedPath()}, e.g. {@code athlete}. */
    protected abstract String tokenCheckedRole();

    /**
     * Verified tokens are reused (platform/security), so this pins what must not change with that: a token with
     * the same claims but another signature is verified (and refused) even while the genuine one is held, and
     * reuse really happens.
     */
    @Test
    void aVerifiedTokenIsReusedButAForgedTwinIsVerifiedAndRefused() {
        String token = TestTokens.token("basics-" + UUID.randomUUID(), tokenCheckedRole());
        String foreign = TestTokens.badSignature("someone", "admin");
        String forged = token.substring(0, token.lastIndexOf('.')) + foreign.substring(foreign.lastIndexOf('.'));
        double hitsBefore = tokenVerifications("hit");
        double missesBefore = tokenVerifications("miss");

        given().header("Authorization", "Bearer " + token).when().get(tokenCheckedPath()).then().statusCode(200);
        given().header("Authorization", "Bearer " + token).when().get(tokenCheckedPath()).then().statusCode(200);
        given().header("Authorization", "Bearer " + forged).when().get(tokenCheckedPath()).then().statusCode(401);

        assertEquals(hitsBefore + 1, tokenVerifications("hit"), "the second request reuses the first verification");
        assertEquals(missesBefore + 2, tokenVerifications("miss"), "the first request and the forged twin are verified");
    }

    private static double tokenVerifications(String cache) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("^limber_security_token_verifications_total\\{[^}]*cache=\"" + cache + "\"[^}]*}\\s+(\\S+)$",
                Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    /*
     * Requests over the HTTP limits are refused before any resource runs; they are answered like every other error.
     * Every service configures the same limits: request line 4096 characters, headers 20K, body 1M.
     */

    @Test
    void aRequestLineOverTheLimitIsAProblem() {
        isProblem(given().queryParam("category", "x".repeat(5_000)).when().get(tokenCheckedPath()).then(),
                414, "Request-URI Too Long", "longer than 4096 characters");
    }

    @Test
    void headersOverTheLimitAreAProblem() {
        isProblem(given().header("X-Padding", "x".repeat(25_000)).when().get(tokenCheckedPath()).then(),
                431, "Request Header Fields Too Large", "larger than 20 KiB");
    }

    @Test
    void aBodyOverTheLimitIsAProblem() {
        String json = "\"" + "x".repeat(1024 * 1024) + "\"";
        isProblem(given().contentType("application/json").body(json).when().post(tokenCheckedPath()).then(),
                413, "Request Entity Too Large", "larger than 1 MiB");
    }

    private static void isProblem(ValidatableResponse response, int status, String title, String detail) {
        response.statusCode(status)
                .contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("title", equalTo(title))
                .body("detail", containsString(detail));
    }

    /** A service that reads JSON bodies: its test also implements this, naming one such endpoint. */
    public interface ReadsJsonBodies {

        /** A POST that reads a JSON body, e.g. {@code /plans}. */
        String jsonBodyPath();

        /** A role that may post to {@link #jsonBodyPath()}. */
        String jsonBodyRole();

        @Test
        default void aBodyThatIsNotJsonIsAProblemSayingWhere() {
            given().header("Authorization", "Bearer " + TestTokens.token("basics-" + UUID.randomUUID(), jsonBodyRole()))
                    .contentType("application/json")
                    .body("{\n  \"name\": \"plank\",\n  \"weeks\": [1, 2,, 3]\n}")
                    .when().post(jsonBodyPath())
                    .then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("status", equalTo(400))
                    .body("detail", matchesPattern("body: is not valid JSON \\(line 3, column \\d+\\)"))
                    .body("errors[0].field", equalTo("body"));
        }
    }

    @Test
    void readinessChecksItsDatabaseAndBroker() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void servesItsOpenApiDocumentAndSwaggerUi() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo(apiTitle()));
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200)
                .body(containsString("swagger"));
    }

    /**
     * The document a client generator reads is committed under {@code docs/openapi/}, so that every API change
     * shows in review. When the served one differs, it is written to {@code target/openapi/} for copying over.
     */
    @Test
    void servesTheCommittedOpenApiDocument() throws IOException {
        String service = apiTitle().replaceFirst("^Limber (\\S+) API$", "$1");
        Path committed = Path.of("..", "docs", "openapi", service + ".yaml");
        String served = given().queryParam("format", "yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (!Files.exists(committed) || !Files.readString(committed).equals(served)) {
            Path written = Files.createDirectories(Path.of("target", "openapi")).resolve(service + ".yaml");
            Files.writeString(written, served);
            fail("the served OpenAPI document differs from " + committed.normalize() + "; if the API change is meant, "
                    + "copy " + written + " over it (cp " + Path.of(service + "-service").resolve(written) + " docs/openapi/)");
        }
    }

    @Test
    void migratedItsOwnDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(LimberTestResource.jdbcUrl(),
                LimberTestResource.jdbcUser(), LimberTestResource.jdbcPassword());
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select table_name from information_schema.tables where table_schema = 'public'")) {
            List<String> tables = new ArrayList<>();
            while (r.next()) {
                tables.add(r.getString(1));
            }
            assertTrue(tables.contains("flyway_schema_history") && tables.contains(firstTable()),
                    "expected Flyway's history and " + firstTable() + " in " + tables);
        }
    }
}
