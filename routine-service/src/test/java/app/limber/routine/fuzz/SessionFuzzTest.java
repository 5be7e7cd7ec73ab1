package app.limber.routine.fuzz;

import app.limber.testing.security.HostileBodies;
import app.limber.routine.support.Plans;
import app.limber.routine.support.Sessions;
import app.limber.testing.security.FuzzCase;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static app.limber.routine.support.Api.athlete;

/** POST /sessions (bodies and Idempotency-Key headers) and GET and DELETE /sessions/{id} with hostile input. */
@QuarkusTest
class SessionFuzzTest extends FuzzingAsAthlete {

    @Test
    void sessionWritesAnswerHostileRequestsWithProblems() throws Exception {
        String plan = Plans.create(athlete(user));
        JsonNode session = JSON.readTree(Sessions.body(plan));
        List<FuzzCase> cases = new ArrayList<>(HostileBodies.bodies("POST", "/sessions", session, GENERATED));
        for (String key : List.of("", " ", "x".repeat(201), "ключ-🔑", "a\tb")) {
            cases.add(FuzzCase.json("Idempotency-Key " + key, "POST", "/sessions", session.toString())
                    .withHeader("Idempotency-Key", key));
        }
        HostileBodies.pathSegments(PATHS).forEach(id -> {
            cases.add(FuzzCase.bodiless("path " + id, "DELETE", "/sessions/" + id));
            cases.add(FuzzCase.bodiless("path " + id, "GET", "/sessions/" + id));
        });
        send("session writes", cases);
    }
}
