package app.limber.routine.fuzz;

import app.limber.routine.support.Plans;
import app.limber.testing.security.FuzzCase;
import app.limber.testing.security.HostileBodies;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static app.limber.routine.support.Api.athlete;

/** POST /plans/{id}/pauses, GET and DELETE /plans/{id}/pauses/{pauseId} with hostile input. */
@QuarkusTest
class PauseFuzzTest extends FuzzingAsAthlete {

    @Test
    void pauseWritesAnswerHostileRequestsWithProblems() throws Exception {
        String plan = Plans.create(athlete(user));
        JsonNode pause = JSON.readTree("{\"startsOn\":\"2026-12-01\",\"endsOn\":\"2026-12-14\"}");
        List<FuzzCase> cases = new ArrayList<>(HostileBodies.bodies("POST", "/plans/" + plan + "/pauses", pause, GENERATED));
        HostileBodies.pathSegments(PATHS).forEach(id -> {
            cases.add(FuzzCase.json("path " + id, "POST", "/plans/" + id + "/pauses", pause.toString()));
            cases.add(FuzzCase.bodiless("path " + id, "GET", "/plans/" + plan + "/pauses/" + id));
            cases.add(FuzzCase.bodiless("path " + id, "DELETE", "/plans/" + plan + "/pauses/" + id));
        });
        send("pause writes", cases);
    }
}
