package app.limber.progress.fuzz;

import app.limber.testing.TestTokens;
import app.limber.testing.security.FuzzCase;
import app.limber.testing.security.FuzzRun;
import app.limber.testing.security.NonJsonBodies;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

/** POST /admin/rebuild with stray input: never a 5xx, every 4xx a problem document. */
@QuarkusTest
class RebuildFuzzTest {

    /** A rebuild takes no input; a handful of stray bodies and parameters must not upset it (each run replays the topics). */
    @Test
    void rebuildIgnoresOrRefusesStrayInput() {
        List<FuzzCase> cases = List.of(
                FuzzCase.raw("POST", "/admin/rebuild", NonJsonBodies.named("truncated object")),
                FuzzCase.json("random JSON", "POST", "/admin/rebuild?force=%00&from=-999999999-01-01", "{\"a\":[1,{}]}"),
                FuzzCase.raw("POST", "/admin/rebuild", NonJsonBodies.named("form")));
        FuzzRun.send("POST /admin/rebuild", cases, TestTokens.token("fuzz-admin", "admin"), () -> "").assertClean();
    }
}
