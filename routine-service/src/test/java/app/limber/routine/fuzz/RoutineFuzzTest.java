package app.limber.routine.fuzz;

import app.limber.testing.security.HostileBodies;
import app.limber.routine.support.Routines;
import app.limber.testing.security.FuzzCase;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static app.limber.routine.support.Api.athlete;

/** POST /routines, PUT and DELETE /routines/{id} with hostile bodies and ids. */
@QuarkusTest
class RoutineFuzzTest extends FuzzingAsAthlete {

    @Test
    void routineWritesAnswerHostileRequestsWithProblems() throws Exception {
        JsonNode routine = JSON.readTree(Routines.body("fuzzed routine"));
        String own = Routines.create(athlete(user), routine.toString());
        List<FuzzCase> cases = new ArrayList<>(HostileBodies.bodies("POST", "/routines", routine, GENERATED));
        cases.addAll(HostileBodies.bodies("PUT", "/routines/" + own, routine, GENERATED));
        HostileBodies.pathSegments(PATHS).forEach(id -> {
            cases.add(FuzzCase.json("path " + id, "PUT", "/routines/" + id, routine.toString()));
            cases.add(FuzzCase.bodiless("path " + id, "DELETE", "/routines/" + id));
        });
        send("routine writes", cases);
    }
}
