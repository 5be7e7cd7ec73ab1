package app.limber.routine.fuzz;

import app.limber.testing.security.FuzzCase;
import app.limber.testing.security.HostileBodies;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/** Erasure requests and their status with hostile ids and parameters: problems, never a 5xx, nothing changed when refused. */
@QuarkusTest
class ErasureFuzzTest extends FuzzingAsAthlete {

    @Test
    void anAdminsErasuresAnswerHostileIdsWithProblems() throws Exception {
        List<FuzzCase> cases = new ArrayList<>();
        HostileBodies.pathSegments(PATHS).forEach(id -> {
            cases.add(FuzzCase.bodiless("path " + id, "DELETE", "/admin/users/" + id));
            cases.add(FuzzCase.bodiless("path " + id, "GET", "/erasures/" + id));
        });
        send("an admin's erasures", cases, "admin");
    }

    @Test
    void theUsersOwnErasureRefusesUnknownParameters() throws Exception {
        List<FuzzCase> cases = new ArrayList<>();
        HostileBodies.pathSegments(PATHS).forEach(value ->
                cases.add(FuzzCase.bodiless("parameter " + value, "DELETE", "/me?confirm=" + value)));
        send("the user's erasure", cases);
    }
}
