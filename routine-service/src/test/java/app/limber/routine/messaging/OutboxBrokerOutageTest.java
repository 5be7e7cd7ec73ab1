package app.limber.routine.messaging;

import app.limber.routine.support.Api;
import app.limber.routine.support.CatalogEvents;
import app.limber.routine.support.Plans;
import app.limber.routine.support.Sessions;
import app.limber.testing.LimberTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.newUser;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/**
 * With the broker down, a user's writes still succeed and their events are published once it is back; only a new
 * user's first write, which must put their key on the broker first, is answered 503.
 */
@QuarkusTest
class OutboxBrokerOutageTest {

    @BeforeAll
    static void catalog() {
        CatalogEvents.ensureSeedCatalog();
    }

    @Test
    void writesSucceedWhileTheBrokerIsDownAndEveryEventArrivesAfterwards() {
        Assumptions.assumeTrue(LimberTestResource.kafkaRestartable(), "needs a broker the test can stop");
        String user = newUser();
        String earlier = athlete(user).body(Sessions.body(null)).post("/sessions").then().statusCode(201).extract().path("id");
        Api.awaitEvent("limber.session.completed.v1", earlier);
        String plan;
        String session;
        String deleted;
        LimberTestResource.stopKafka();
        try {
            athlete(newUser()).body(Sessions.body(null)).post("/sessions").then().statusCode(503)
                    .contentType("application/problem+json");
            plan = Plans.create(athlete(user));
            session = athlete(user).body(Sessions.body(plan)).post("/sessions").then().statusCode(201).extract().path("id");
            deleted = athlete(user).body(Sessions.body(null)).post("/sessions").then().statusCode(201).extract().path("id");
            athlete(user).delete("/sessions/" + deleted).then().statusCode(204);
            athlete(user).delete("/plans/" + plan).then().statusCode(200);
            given().get("/q/metrics").then().statusCode(200).body(containsString("limber_outbox_pending"));
        } finally {
            LimberTestResource.startKafka();
        }
        Api.awaitEvent("limber.plan.scheduled.v1", plan);
        Api.awaitEvent("limber.session.completed.v1", session);
        Api.awaitEvent("limber.session.completed.v1", deleted);
        Api.awaitEvent("limber.session.deleted.v1", deleted);
        Api.awaitEvent("limber.plan.ended.v1", plan);
    }
}
