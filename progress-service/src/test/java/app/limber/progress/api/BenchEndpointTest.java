package app.limber.progress.api;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** The bench's sweep trigger does not exist unless the application was built with limber.bench.enabled=true. */
@QuarkusTest
class BenchEndpointTest {

    @Test
    void isOffByDefault() {
        given().auth().oauth2(TestTokens.token("bench-admin", "admin"))
                .post("/bench/nudge-sweep?at=2026-11-23T18:00:00Z").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
