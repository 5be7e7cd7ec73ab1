package app.limber.routine.fuzz;

import app.limber.testing.security.HostileBodies;
import app.limber.routine.support.Plans;
import app.limber.testing.security.FuzzCase;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/** POST /plans, GET and DELETE /plans/{id} with hostile input. */
@QuarkusTest
class PlanFuzzTest extends FuzzingAsAthlete {

    @Test
    void planWritesAnswerHostileRequestsWithProblems() throws Exception {
        JsonNode plan = JSON.readTree(Plans.body(Plans.WARM_UP_TEMPLATE, 3, "Europe/Berlin", "2026-11-16", "2027-02-28"));
        List<FuzzCase> cases = new ArrayList<>(HostileBodies.bodies("POST", "/plans", plan, GENERATED));
        HostileBodies.pathSegments(PATHS).forEach(id -> {
            cases.add(FuzzCase.bodiless("path " + id, "DELETE", "/plans/" + id));
            cases.add(FuzzCase.bodiless("path " + id, "GET", "/plans/" + id));
        });
        send("plan writes", cases);
    }
}
