package app.limber.catalog.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/** The benchmark baseline does not exist unless the application was built with limber.bench.enabled=true. */
@QuarkusTest
class BenchEndpointTest {

    @Test
    void isOffByDefault() {
        given().get("/bench/constant").then().statusCode(404).contentType("application/problem+json");
    }
}
