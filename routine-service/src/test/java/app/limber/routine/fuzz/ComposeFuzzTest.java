package app.limber.routine.fuzz;

import app.limber.testing.security.HostileBodies;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** POST /routines/compose with hostile requests (it stores nothing, whatever it answers). */
@QuarkusTest
class ComposeFuzzTest extends FuzzingAsAthlete {

    @Test
    void composeAnswersHostileRequestsWithProblems() throws Exception {
        JsonNode request = JSON.readTree("""
                {"purpose":"mobility","minutes":20,"equipment":["none","resistance-band"],"targets":["hips","glutes"]}""");
        send("POST /routines/compose", HostileBodies.bodies("POST", "/routines/compose", request, GENERATED));
    }
}
