package app.limber.progress.fuzz;

import app.limber.testing.TestTokens;
import app.limber.testing.security.FuzzCase;
import app.limber.testing.security.FuzzRun;
import app.limber.testing.security.HostileBodies;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;

/** PUT /progress/me/nudges with hostile bodies: never a 5xx, every 4xx a problem, and a refusal changes nothing. */
@QuarkusTest
class NudgeSettingsFuzzTest {

    private static final String SETTINGS = """
            {"weekAtRisk": true, "weekMissed": false, "inactive": true, "celebrations": true,
             "nudgeHour": 8, "quietStart": "22:00", "quietEnd": "07:00", "maxNudgesPerDay": 3}""";

    @Test
    void hostileSettingsAreRefusedWithProblemsAndLeaveTheSettingsAlone() throws Exception {
        String user = "nudge-fuzz";
        String token = TestTokens.token(user, "athlete");
        List<FuzzCase> cases = new ArrayList<>(HostileBodies.bodies("PUT", "/progress/me/nudges",
                new ObjectMapper().readTree(SETTINGS), 80));
        FuzzRun.send("PUT /progress/me/nudges", cases, token,
                () -> given().auth().oauth2(token).get("/progress/me/nudges").then().extract().asString()).assertClean();
    }
}
