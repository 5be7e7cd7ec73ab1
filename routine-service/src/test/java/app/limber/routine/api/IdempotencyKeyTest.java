package app.limber.routine.api;

import app.limber.routine.support.Api;
import app.limber.routine.support.CatalogEvents;
import app.limber.routine.support.Sessions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.newUser;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** POST /sessions with an Idempotency-Key: safe retries. */
@QuarkusTest
class IdempotencyKeyTest {

    @BeforeAll
    static void catalog() {
        CatalogEvents.ensureSeedCatalog();
    }

    private static Response post(String user, String key, String body) {
        return athlete(user).header("Idempotency-Key", key).body(body).post("/sessions");
    }

    @Test
    void theSameRequestAgainAnswersTheFirst201AndRecordsOneSession() {
        String user = newUser();
        String key = UUID.randomUUID().toString();
        String body = Sessions.body(null);
        Response first = post(user, key, body);
        first.then().statusCode(201).header("Idempotent-Replayed", "false");
        // the same JSON, formatted differently
        Response again = post(user, key, body.replace("\n", " ").replace(",\"effort\":6", ",  \"effort\" : 6"));
        again.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"));
        assertEquals(first.asString(), again.asString());

        athlete(user).get("/sessions").then().body("total", equalTo(1));
        String id = first.path("id");
        Api.awaitEvent("limber.session.completed.v1", id);
        // a later session of the same user (same key, same partition) shows the relay is past the first
        String next = post(user, UUID.randomUUID().toString(), body).then().statusCode(201).extract().path("id");
        Api.awaitEvent("limber.session.completed.v1", next);
        assertEquals(1, Api.countEvents("limber.session.completed.v1", id));
    }

    @Test
    void theSameKeyWithAnotherBodyIsUnprocessable() {
        String user = newUser();
        String key = UUID.randomUUID().toString();
        post(user, key, Sessions.body(null)).then().statusCode(201);
        post(user, key, Sessions.body(null).replace("\"effort\":6", "\"effort\":7")).then().statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void keysBelongToTheirUser() {
        String key = UUID.randomUUID().toString();
        String mine = post(newUser(), key, Sessions.body(null)).then().statusCode(201).extract().path("id");
        String theirs = post(newUser(), key, Sessions.body(null)).then().statusCode(201)
                .header("Idempotent-Replayed", "false").extract().path("id");
        assertNotEquals(mine, theirs);
    }

    @Test
    void anOverlongKeyIsABadHeader() {
        post(newUser(), "k".repeat(201), Sessions.body(null)).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void aRefusedRequestDoesNotUseUpItsKey() {
        String user = newUser();
        String key = UUID.randomUUID().toString();
        post(user, key, Sessions.body(null).replace("leg-swings", "moonwalk")).then().statusCode(400);
        post(user, key, Sessions.body(null)).then().statusCode(201).header("Idempotent-Replayed", "false");
    }
}
