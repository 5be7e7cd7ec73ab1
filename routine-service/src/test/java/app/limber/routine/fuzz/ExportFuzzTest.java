package app.limber.routine.fuzz;

import app.limber.routine.support.Plans;
import app.limber.testing.security.FuzzCase;
import app.limber.testing.security.HostileBodies;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static app.limber.routine.support.Api.athlete;

/** Exports with hostile user ids and query parameters: problems, never a 5xx, and nothing changes. */
@QuarkusTest
class ExportFuzzTest extends FuzzingAsAthlete {

    @Test
    void anAdminsExportsAnswerHostileIdsWithProblems() throws Exception {
        Plans.create(athlete(user));
        List<FuzzCase> cases = new ArrayList<>();
        HostileBodies.pathSegments(PATHS).forEach(id -> {
            cases.add(FuzzCase.bodiless("path " + id, "GET", "/admin/users/" + id + "/export"));
            cases.add(FuzzCase.bodiless("path " + id, "GET", "/admin/users/" + id + "/export/sessions.csv"));
        });
        send("an admin's exports", cases, "admin");
    }

    @Test
    void theUsersOwnExportsRefuseUnknownParameters() throws Exception {
        List<FuzzCase> cases = new ArrayList<>();
        HostileBodies.pathSegments(PATHS).forEach(value -> {
            cases.add(FuzzCase.bodiless("parameter " + value, "GET", "/me/export?page=" + value));
            cases.add(FuzzCase.bodiless("parameter " + value, "GET", "/me/export/sessions.csv?x=" + value));
        });
        send("the user's exports", cases);
    }
}
