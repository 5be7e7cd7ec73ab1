package app.limber.routine.fuzz;

import app.limber.routine.support.CatalogEvents;
import app.limber.testing.TestTokens;
import app.limber.testing.security.FuzzCase;
import app.limber.testing.security.FuzzRun;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;

import java.util.List;

import static app.limber.routine.support.Api.newUser;

/**
 * A fresh athlete (or coach) per test whose hostile requests must never get a 5xx, must get a problem document for every
 * 4xx, and must leave nothing stored or published when rejected (their rows and the outbox read the same).
 */
abstract class FuzzingAsAthlete {

    static final int GENERATED = 80;
    static final int PATHS = 30;
    static final ObjectMapper JSON = new ObjectMapper();

    String user;

    @BeforeEach
    void freshAthlete() {
        CatalogEvents.ensureSeedCatalog();
        user = newUser();
    }

    void send(String operations, List<FuzzCase> cases) throws Exception {
        send(operations, cases, "athlete");
    }

    /** The same, sent by the user in another role (a coach's side of coaching). */
    void send(String operations, List<FuzzCase> cases, String role) throws Exception {
        try (UserState state = UserState.of(user)) {
            FuzzRun.send(operations, cases, TestTokens.token(user, role), state::snapshot).assertClean();
        }
    }
}
