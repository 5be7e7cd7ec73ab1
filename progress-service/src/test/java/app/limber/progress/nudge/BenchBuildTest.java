package app.limber.progress.nudge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.limber.progress.FixedClock;
import app.limber.testing.Database;
import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The variant bench/nudge-sweep.sh builds: an admin sweeps at an instant of their choosing and is told what the sweep
 * did and how long it took; the endpoint appears in no API document.
 */
@QuarkusTest
@TestProfile(BenchBuildTest.BenchBuild.class)
class BenchBuildTest {

    /** What {@code -Dlimber.bench.enabled=true} does to a package build, at the fixed clock the nudge tests use. */
    public static final class BenchBuild implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("limber.bench.enabled", "true");
        }

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(FixedClock.class);
        }
    }

    @Test
    void aSweepAtAnInstantRecordsWhatIsDueThenAndSaysHowLongItTook() {
        String user = NudgeSweepTest.planWithOneSessionLastWeek();

        given().auth().oauth2(TestTokens.token("bench-admin", "admin"))
                .post("/bench/nudge-sweep?at=2026-11-23T18:00:00Z").then().statusCode(200)
                .body("users", greaterThanOrEqualTo(1)).body("published", greaterThanOrEqualTo(1))
                .body("millis", greaterThanOrEqualTo(0f));

        assertEquals(1, Database.count("select count(*) from milestone where user_id = ? and type = 'week-missed'"
                + " and published and local_date = date '2026-11-23'", user));
    }

    @Test
    void anInstantThatIsMissingOrMalformedIsAProblemNamingIt() {
        String admin = TestTokens.token("bench-admin", "admin");
        given().auth().oauth2(admin).post("/bench/nudge-sweep").then().statusCode(400)
                .contentType("application/problem+json").body(containsString("at"));
        given().auth().oauth2(admin).post("/bench/nudge-sweep?at=tomorrow").then().statusCode(400)
                .contentType("application/problem+json").body(containsString("at"));
    }

    @Test
    void onlyAnAdminMaySweep() {
        given().post("/bench/nudge-sweep?at=2026-11-23T18:00:00Z").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("bench-athlete", "athlete"))
                .post("/bench/nudge-sweep?at=2026-11-23T18:00:00Z").then().statusCode(403);
    }

    @Test
    void theApiDocumentDoesNotMentionIt() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(not(containsString("/bench")));
    }
}
