package app.limber.catalog.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The variant bench/catalog-read.sh builds: the constant baseline exists and is exactly as large as asked. */
@QuarkusTest
@TestProfile(BenchBuildTest.BenchBuild.class)
class BenchBuildTest {

    /** What {@code -Dlimber.bench.enabled=true} does to a package build. */
    public static final class BenchBuild implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("limber.bench.enabled", "true", "limber.catalog.seed.enabled", "false");
        }
    }

    @Test
    void theConstantIsAJsonDocumentOfTheRequestedSize() {
        byte[] body = given().get("/bench/constant?bytes=6334").then().statusCode(200)
                .contentType("application/json").extract().asByteArray();

        assertEquals(6334, body.length);
    }

    @Test
    void aSizeOutOfRangeIsAProblemNamingTheParameter() {
        given().get("/bench/constant?bytes=8").then().statusCode(400)
                .contentType("application/problem+json").body(containsString("bytes"));
    }
}
