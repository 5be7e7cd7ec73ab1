package app.limber.routine.api;

import app.limber.routine.domain.InvitationCode;
import app.limber.routine.support.Api;
import app.limber.routine.support.Coaching;
import app.limber.routine.support.TestClock;
import app.limber.testing.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static app.limber.routine.support.Api.athlete;
import static app.limber.routine.support.Api.coach;
import static app.limber.routine.support.Api.newUser;
import static app.limber.routine.support.Coaching.ASSIGN_PLANS;
import static app.limber.routine.support.Coaching.VIEW_PROGRESS;
import static app.limber.routine.support.Coaching.acceptBody;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invitations, acceptance and both sides ending a coaching relationship; the events they publish. */
@QuarkusTest
class CoachingApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";

    @Test
    void anInvitationIsASingleUseCodeValidForSevenDays() {
        String coach = newUser();
        var first = coach(coach).post("/coach/invitations").then().statusCode(201)
                .body("code", matchesPattern("^[" + InvitationCode.ALPHABET + "]{12}$"))
                .body("expiresAt", equalTo("2026-12-02T12:00:00.000Z"))
                .extract();
        String second = Coaching.invite(coach);
        assertNotEquals(first.path("code"), second, "every invitation has its own code");
        assertEquals(0, Database.count("select count(*) from coach_invitation where code_hash = ? or code_hash = ?",
                first.path("code"), second), "codes are stored only as their hash");
        assertEquals(1, Database.count("select count(*) from coach_invitation where code_hash = ?",
                InvitationCode.hash(second)));
    }

    @Test
    void acceptingAnInvitationGrantsTheChosenScopesAndPublishesItOnce() throws Exception {
        String coach = newUser();
        String athlete = newUser();
        String code = Coaching.invite(coach);

        var accepted = athlete(athlete).body(acceptBody(code.toLowerCase(), ASSIGN_PLANS, VIEW_PROGRESS))
                .post("/me/coaches").then().statusCode(201)
                .body("coachId", equalTo(coach))
                .body("scopes", contains(VIEW_PROGRESS, ASSIGN_PLANS))
                .body("grantedAt", equalTo("2026-11-25T12:00:00.000Z"))
                .extract();
        String location = accepted.header("Location");
        assertTrue(location.endsWith("/me/coaches/" + coach), location);
        assertEquals(JSON.readTree(accepted.asString()),
                JSON.readTree(athlete(athlete).get(location).then().statusCode(200).extract().asString()));
        athlete(athlete).get("/me/coaches").then().statusCode(200)
                .body("items.coachId", contains(coach)).body("total", equalTo(1));

        ConsumerRecord<String, String> record = Api.awaitEvent("limber.coaching.granted.v1", athlete);
        assertEquals(Api.aliasOf(athlete), record.key(), "keyed by the user's alias");
        JsonNode event = JSON.readTree(record.value());
        assertEquals(coach, event.get("coachId").asText());
        assertEquals(JSON.readTree("[\"view-progress\",\"assign-plans\"]"), event.get("scopes"));
        assertEquals(1, Api.countEvents("limber.coaching.granted.v1", athlete));
    }

    @Test
    void aUsedCodeIsGoneAndAnUnknownOneNotFoundEachNamingTheCode() {
        String coach = newUser();
        String code = Coaching.invite(coach);
        athlete(newUser()).body(acceptBody(code, VIEW_PROGRESS)).post("/me/coaches").then().statusCode(201);

        athlete(newUser()).body(acceptBody(code, VIEW_PROGRESS)).post("/me/coaches").then().statusCode(410)
                .contentType(PROBLEM).body("errors[0].field", equalTo("code"));
        athlete(newUser()).body(acceptBody("ABCDEFGHJKMN", VIEW_PROGRESS)).post("/me/coaches").then().statusCode(404)
                .contentType(PROBLEM).body("errors[0].field", equalTo("code"));
        athlete(newUser()).body(acceptBody("O0I1-not-one", VIEW_PROGRESS)).post("/me/coaches").then().statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("code"))
                .body("errors[0].message", equalTo("must be " + InvitationCode.FORMAT));
    }

    @Test
    void anInvitationExpiresSevenDaysAfterItWasMade() {
        String coach = newUser();
        String expiring = storedInvitation(coach, TestClock.NOW);
        String lastMoment = storedInvitation(coach, TestClock.NOW.plusMillis(1));

        athlete(newUser()).body(acceptBody(expiring, VIEW_PROGRESS)).post("/me/coaches").then().statusCode(410)
                .contentType(PROBLEM).body("errors[0].field", equalTo("code"))
                .body("errors[0].message", matchesPattern("this invitation expired at .*"));
        athlete(newUser()).body(acceptBody(lastMoment, VIEW_PROGRESS)).post("/me/coaches").then().statusCode(201);
    }

    @Test
    void aCoachCannotAcceptTheirOwnInvitation() {
        String coach = newUser();
        String code = Coaching.invite(coach);
        Api.as(coach, "athlete", "coach").body(acceptBody(code, VIEW_PROGRESS)).post("/me/coaches").then().statusCode(409)
                .contentType(PROBLEM).body("errors[0].field", equalTo("code"));
        athlete(newUser()).body(acceptBody(code, VIEW_PROGRESS)).post("/me/coaches").then().statusCode(201);
    }

    @Test
    void scopesAreKnownTermsEachNamedOnce() {
        String code = Coaching.invite(newUser());
        athlete(newUser()).body(acceptBody(code)).post("/me/coaches").then().statusCode(400)
                .body("errors[0].field", equalTo("scopes"));
        athlete(newUser()).body(acceptBody(code, VIEW_PROGRESS, "edit-profile")).post("/me/coaches").then().statusCode(400)
                .body("errors[0].field", equalTo("scopes[1]"))
                .body("errors[0].message", equalTo("unknown value 'edit-profile'; one of view-progress, assign-plans"));
        athlete(newUser()).body(acceptBody(code, ASSIGN_PLANS, ASSIGN_PLANS)).post("/me/coaches").then().statusCode(400)
                .body("errors[0].field", equalTo("scopes[1]"));
        athlete(newUser()).body("{\"code\":\"" + code + "\"}").post("/me/coaches").then().statusCode(400)
                .body("errors[0].field", equalTo("scopes")).body("errors[0].message", equalTo("is required"));
        // none of these used the code up
        athlete(newUser()).body(acceptBody(code, VIEW_PROGRESS)).post("/me/coaches").then().statusCode(201);
    }

    @Test
    void acceptingAnotherInvitationOfTheSameCoachReplacesTheScopes() throws Exception {
        String coach = newUser();
        String athlete = newUser();
        Coaching.link(athlete, coach, VIEW_PROGRESS, ASSIGN_PLANS);
        athlete(athlete).body(acceptBody(Coaching.invite(coach), VIEW_PROGRESS)).post("/me/coaches").then().statusCode(201)
                .body("scopes", contains(VIEW_PROGRESS));

        athlete(athlete).get("/me/coaches").then().body("items.scopes", contains(List.of(VIEW_PROGRESS)))
                .body("total", equalTo(1));
        List<ConsumerRecord<String, String>> grants = Api.awaitEvents("limber.coaching.granted.v1", athlete, 2);
        assertEquals(JSON.readTree("[\"view-progress\"]"), JSON.readTree(grants.get(1).value()).get("scopes"),
                "the latest grant, on the same partition after the first, is the narrower one");
    }

    @Test
    void theAthleteEndsItOnceAndEndingAgainChangesNothing() throws Exception {
        String coach = newUser();
        String athlete = newUser();
        Coaching.link(athlete, coach, VIEW_PROGRESS);

        athlete(athlete).delete("/me/coaches/" + coach).then().statusCode(204);
        JsonNode event = JSON.readTree(Api.awaitEvent("limber.coaching.revoked.v1", athlete).value());
        assertEquals(coach, event.get("coachId").asText());
        assertEquals("athlete", event.get("revokedBy").asText());
        athlete(athlete).get("/me/coaches").then().body("items", empty()).body("total", equalTo(0));
        athlete(athlete).get("/me/coaches/" + coach).then().statusCode(404).contentType(PROBLEM);

        athlete(athlete).delete("/me/coaches/" + coach).then().statusCode(404).contentType(PROBLEM);
        coach(coach).delete("/coach/athletes/" + athlete).then().statusCode(404).contentType(PROBLEM);
        // a later grant's event proves the relay got past the refused repeats
        Coaching.link(athlete, newUser(), VIEW_PROGRESS);
        Api.awaitEvents("limber.coaching.granted.v1", athlete, 2);
        assertEquals(1, Api.countEvents("limber.coaching.revoked.v1", athlete));
    }

    @Test
    void theCoachEndsItToo() throws Exception {
        String coach = newUser();
        String athlete = newUser();
        String other = newUser();
        Coaching.link(athlete, coach, ASSIGN_PLANS);
        Coaching.link(athlete, other, VIEW_PROGRESS);

        coach(coach).delete("/coach/athletes/" + athlete).then().statusCode(204);
        JsonNode event = JSON.readTree(Api.awaitEvent("limber.coaching.revoked.v1", athlete).value());
        assertEquals("coach", event.get("revokedBy").asText());
        assertEquals(coach, event.get("coachId").asText());
        athlete(athlete).get("/me/coaches").then().body("items.coachId", contains(other));
        coach(coach).get("/coach/athletes/" + athlete + "/plans").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void coachingOperationsNeedTheirRole() {
        String user = newUser();
        athlete(user).post("/coach/invitations").then().statusCode(403).contentType(PROBLEM);
        coach(user).get("/me/coaches").then().statusCode(403).contentType(PROBLEM);
        Api.anonymous().post("/coach/invitations").then().statusCode(401);
    }

    /** An invitation written as the service writes one, expiring at {@code expiresAt}; its code. */
    private static String storedInvitation(String coach, Instant expiresAt) {
        String code = InvitationCode.generate(new java.security.SecureRandom());
        Database.update("insert into coach_invitation (code_hash, coach_id, created_at, expires_at) values (?, ?, ?, ?)",
                InvitationCode.hash(code), coach, Timestamp.from(expiresAt.minus(InvitationCode.VALID_FOR)),
                Timestamp.from(expiresAt));
        return code;
    }
}
