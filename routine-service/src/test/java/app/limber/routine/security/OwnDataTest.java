package app.limber.routine.security;

import app.limber.routine.support.CatalogEvents;
import app.limber.routine.support.Plans;
import app.limber.routine.support.Routines;
import app.limber.routine.support.Sessions;
import app.limber.testing.security.ProblemResponses;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static app.limber.routine.support.Api.anonymous;
import static app.limber.routine.support.Api.as;
import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.newUser;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A user reaches only their own private routines, plans and sessions: another user's id answers 404 (never 403,
 * which would confirm that it exists) and changes nothing. For plans and sessions that holds for admins too.
 */
@QuarkusTest
class OwnDataTest {

    private String owner;
    private String routine;
    private String plan;
    private String session;

    @BeforeEach
    void ownerWithData() {
        CatalogEvents.ensureSeedCatalog();
        owner = newUser();
        routine = Routines.create(athlete(owner), Routines.body("owner's private routine"));
        plan = Plans.create(athlete(owner));
        session = athlete(owner).body(Sessions.body(plan)).post("/sessions").then().statusCode(201).extract().path("id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"athlete", "admin"})
    void anotherUsersPlansAndSessionsDoNotExist(String role) {
        String stranger = newUser();
        expectNotFound(as(stranger, role).delete("/plans/" + plan));
        expectNotFound(as(stranger, role).delete("/sessions/" + session));
        as(stranger, role).get("/plans").then().statusCode(200).body("items", empty()).body("total", equalTo(0));
        as(stranger, role).get("/sessions").then().statusCode(200).body("items", empty()).body("total", equalTo(0));
        ownerStillHasEverything();
    }

    @ParameterizedTest
    @ValueSource(strings = {"athlete", "admin"})
    void aSessionCannotCountTowardAnotherUsersPlan(String role) {
        String stranger = newUser();
        Response response = as(stranger, role).body(Sessions.body(plan)).post("/sessions");
        if (response.statusCode() < 400 || response.statusCode() >= 500) {
            throw new AssertionError("a session naming another user's plan was answered " + ProblemResponses.describe(response));
        }
        assertEquals(Optional.empty(), ProblemResponses.unacceptable(response));
        as(stranger, role).get("/sessions").then().statusCode(200).body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void anotherUsersPrivateRoutineDoesNotExist() {
        String stranger = newUser();
        expectNotFound(athlete(stranger).get("/routines/" + routine));
        expectNotFound(athlete(stranger).body(Routines.body("taken over")).put("/routines/" + routine));
        expectNotFound(athlete(stranger).delete("/routines/" + routine));
        expectNotFound(as(stranger, "analyst").get("/routines/" + routine));
        expectNotFound(anonymous().get("/routines/" + routine));
        athlete(stranger).queryParam("size", 100).get("/routines").then().statusCode(200).body("items.id", not(hasItem(routine)));
        anonymous().queryParam("size", 100).get("/routines").then().statusCode(200).body("items.id", not(hasItem(routine)));
        ownerStillHasEverything();
    }

    private void ownerStillHasEverything() {
        athlete(owner).get("/routines/" + routine).then().statusCode(200);
        athlete(owner).get("/plans").then().statusCode(200)
                .body("items.id", hasItem(plan))
                .body("items.find { it.id == '" + plan + "' }.endsOn", nullValue());
        athlete(owner).get("/sessions").then().statusCode(200).body("items.id", hasItem(session));
    }

    private static void expectNotFound(Response response) {
        assertEquals(Optional.empty(), ProblemResponses.mismatch(response, 404));
    }
}
