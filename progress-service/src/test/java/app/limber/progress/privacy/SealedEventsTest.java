package app.limber.progress.privacy;

import app.limber.platform.privacy.SealedMention;
import app.limber.progress.Progress;
import app.limber.progress.TestEvents;
import app.limber.progress.messaging.Keyring;
import app.limber.testing.Database;
import app.limber.testing.KafkaTopicProbe;
import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static app.limber.progress.Progress.awaitMe;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crypto-shredding as progress sees it: sealed events count while their user's key exists, and once the key is
 * shredded they are noise that neither a late record nor a rebuild turns back into rows.
 */
@QuarkusTest
class SealedEventsTest {

    private static final String ZONE = "Europe/Berlin";
    private static final String SESSION_DLQ = "routine.session-events.dlq";

    @Inject
    Keyring keyring;

    @Test
    void sealedSessionsCountWhileTheKeyLivesAndAreSkippedOnceItIsShredded() {
        String user = TestEvents.user("sealed");
        String control = TestEvents.user("control");
        TestEvents.IssuedKey key = TestEvents.issueKey();
        TestEvents.IssuedKey controlKey = TestEvents.issueKey();
        UUID routine = UUID.randomUUID();
        for (int day = 1; day <= 2; day++) {
            session(user, key, day);
        }
        session(control, controlKey, 1);
        awaitMe(user, me -> me.body("totals.sessions", equalTo(2)));
        awaitMe(control, me -> me.body("totals.sessions", equalTo(1)));
        assertTrue(keyring.holds(key.alias()));

        // routine shreds the key (its tombstone); a rebuild then reads the user's records as noise
        TestEvents.shred(key);
        given().auth().oauth2(TestTokens.token("ops", "admin")).post("/admin/rebuild").then().statusCode(200);
        assertFalse(keyring.holds(key.alias()), "the tombstone drops progress's copy of the key");
        Progress.me(user).body("totals.sessions", equalTo(0));
        Progress.me(control).body("totals.sessions", equalTo(1));

        // a late record sealed with the shredded key is skipped: not applied and not dead-lettered
        String late = TestEvents.sessionCompleted(user, UUID.randomUUID(), routine, null, Instant.now().minusSeconds(600), ZONE);
        TestEvents.publishSealed(TestEvents.SESSION_COMPLETED, late, key);
        session(control, controlKey, 2);
        awaitMe(control, me -> me.body("totals.sessions", equalTo(2)));
        Progress.me(user).body("totals.sessions", equalTo(0));
        assertEquals(0, KafkaTopicProbe.recordsUntilNow(SESSION_DLQ, Progress.DEADLINE).stream()
                .filter(r -> TestEvents.eventId(late).equals(KafkaTopicProbe.header(r, "ce_id"))).count());
    }

    @Test
    void aSealedRecordThatDoesNotOpenIsDeadLetteredAndTheConsumerGoesOn() {
        String user = TestEvents.user("tampered");
        TestEvents.IssuedKey key = TestEvents.issueKey();
        String session = TestEvents.sessionCompleted(user, UUID.randomUUID(), UUID.randomUUID(), null,
                Instant.now().minusSeconds(3600), ZONE);
        // sealed with another key than the one published under its alias
        TestEvents.publishSealed(TestEvents.SESSION_COMPLETED, session,
                new TestEvents.IssuedKey(key.alias(), TestEvents.issueKey().key()));
        session(user, key, 1);

        awaitMe(user, me -> me.body("totals.sessions", equalTo(1)));
        ConsumerRecord<String, String> letter = KafkaTopicProbe.awaitRecord(SESSION_DLQ,
                r -> TestEvents.eventId(session).equals(KafkaTopicProbe.header(r, "ce_id")), Progress.DEADLINE);
        assertEquals("sealed payload does not open: authentication tag does not match",
                KafkaTopicProbe.header(letter, "dead-letter-reason"));
        assertFalse(letter.value().contains(user), "the dead letter stays sealed");
    }

    @Test
    void progressDropsItsCopyOfAKeyWhenItErasesTheUser() {
        String user = TestEvents.user("erased");
        TestEvents.IssuedKey key = TestEvents.issueKey();
        session(user, key, 1);
        awaitMe(user, me -> me.body("totals.sessions", equalTo(1)));
        assertTrue(keyring.holds(key.alias()));

        UUID requestId = UUID.randomUUID();
        TestEvents.publish("limber.erasure.requested.v1", "{\"eventId\":\"" + UUID.randomUUID() + "\",\"occurredAt\":\""
                + Instant.now() + "\",\"requestId\":\"" + requestId + "\",\"userId\":\"" + user + "\",\"requestedBy\":\"user\"}");

        KafkaTopicProbe.awaitRecord("privacy.erasure-confirmations", r -> r.value().contains(requestId.toString()),
                Progress.DEADLINE);
        Awaitility.await().atMost(Progress.DEADLINE).until(() -> !keyring.holds(key.alias()));
    }

    @Test
    void aCoachNamedInAnAthletesPlanIsErasedWithTheCoachsOwnKey() {
        String athlete = TestEvents.user("athlete");
        String coach = TestEvents.user("coach");
        TestEvents.IssuedKey athleteKey = TestEvents.issueKey();
        TestEvents.IssuedKey coachKey = TestEvents.issueKey();
        String plan = TestEvents.planScheduled(athlete, UUID.randomUUID(), UUID.randomUUID(), 2, ZONE,
                LocalDate.now().minusDays(7), null);
        String mention = SealedMention.seal(coachKey.key(), coachKey.alias(), TestEvents.eventId(plan), "assignedBy", coach);
        TestEvents.publishSealed(TestEvents.PLAN_SCHEDULED,
                plan.replace("\"userId\"", "\"assignedBy\":\"" + mention + "\",\"userId\""), athleteKey);
        Awaitility.await().atMost(Progress.DEADLINE).until(() -> Database.count(
                "select count(*) from plan_scheduled where user_id = ? and assigned_by = ?", athlete, coach) == 1);

        TestEvents.shred(coachKey);
        given().auth().oauth2(TestTokens.token("ops", "admin")).post("/admin/rebuild").then().statusCode(200);

        assertEquals(1, Database.count("select count(*) from plan_scheduled where user_id = ? and assigned_by is null",
                athlete), "the athlete keeps their plan, assigned by no one readable");
        assertEquals(0, ErasureTest.rowsMentioning(coach));
    }

    private static void session(String user, TestEvents.IssuedKey key, int daysAgo) {
        TestEvents.publishSealed(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, UUID.randomUUID(),
                UUID.randomUUID(), null, Instant.now().minusSeconds(86_400L * daysAgo), ZONE), key);
    }
}
