package app.limber.progress.nudge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import app.limber.progress.FixedClock;
import app.limber.progress.Progress;
import app.limber.progress.TestEvents;
import app.limber.progress.messaging.MilestoneEvents;
import app.limber.progress.service.NudgeSweep;
import app.limber.testing.Database;
import app.limber.testing.KafkaTopicProbe;
import app.limber.testing.TestTokens;
import app.limber.testing.contracts.EventContracts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * The nudge sweep on the real database and broker, at instants the test chooses. The service's clock stands at
 * Monday 2026-11-23 07:30 UTC (2026-W48). Each user has a plan of 3 sessions a week in UTC since Monday 2026-11-02
 * and one session, on Wednesday 2026-11-18: week 2026-W47 closed below target, and by Wednesday 2026-11-25 they
 * have logged nothing for 7 days.
 */
@QuarkusTest
@TestProfile(FixedClock.Profile.class)
class NudgeSweepTest {

    private static final Instant MONDAY_5PM = Instant.parse("2026-11-23T17:00:00Z");
    private static final Instant MONDAY_6PM = Instant.parse("2026-11-23T18:05:00Z");
    private static final Instant THURSDAY_6PM = Instant.parse("2026-11-26T18:05:00Z");
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @Inject
    NudgeSweep sweep;

    @Test
    void aWeekMissedIsPublishedOnceAtTheNudgeHourAndValidAgainstItsContract() throws Exception {
        String user = planWithOneSessionLastWeek();

        sweep.sweep(MONDAY_5PM);
        assertEquals(0, recorded(user), "before the nudge hour nothing is due");
        sweep.sweep(MONDAY_6PM);
        sweep.sweep(MONDAY_6PM.plusSeconds(60));

        ConsumerRecord<String, String> missed = KafkaTopicProbe.awaitRecord(MilestoneEvents.TOPIC,
                record -> user.equals(record.key()), DEADLINE);
        assertEquals("limber.milestone.week-missed.v1", KafkaTopicProbe.header(missed, "ce_type"));
        assertEquals(List.of(), EventContracts.validate("limber.milestone.week-missed.v1", missed.value()));
        JsonNode payload = new ObjectMapper().readTree(missed.value());
        assertEquals("2026-W47", payload.path("week").asText(), missed.value());
        assertEquals(1, payload.path("done").asInt());
        assertEquals(3, payload.path("target").asInt());
        assertEquals(1, published(user).size(), "one nudge, however often the sweep runs");
        assertEquals(1, recorded(user));
    }

    @Test
    void twoSweepersAtOnceSendEachDueNudgeOnce() throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            users.add(planWithOneSessionLastWeek());
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<NudgeSweep.Swept> sweepAtSix = () -> sweep.sweep(MONDAY_6PM);
            List<Future<NudgeSweep.Swept>> runs = pool.invokeAll(List.of(sweepAtSix, sweepAtSix));
            int sent = 0;
            for (Future<NudgeSweep.Swept> run : runs) {
                sent += run.get().published();
            }
            assertTrue(sent >= users.size(), "every user's week-missed was sent by one of them: " + sent);
        } finally {
            pool.shutdownNow();
        }
        for (String user : users) {
            KafkaTopicProbe.awaitRecord(MilestoneEvents.TOPIC, record -> user.equals(record.key()), DEADLINE);
            assertEquals(1, recorded(user, "week-missed"), user);
            assertEquals(1, published(user).size(), user);
        }
    }

    @Test
    void aSweepPassesOverAUserABatchHoldsWithoutWaitingAndTheNextSweepTakesThem() throws Exception {
        String held = planWithOneSessionLastWeek();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection batch = Database.connect()) {
            // what a batch on this user holds from its first statement to its commit
            batch.setAutoCommit(false);
            try (PreparedStatement lock = batch.prepareStatement(
                    "select user_id from progress_user where user_id = ? for update")) {
                lock.setString(1, held);
                lock.executeQuery().close();
            }
            Future<NudgeSweep.Swept> during = pool.submit(() -> sweep.sweep(MONDAY_6PM));
            during.get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
            assertEquals(0, recorded(held), "the held user was passed over, not waited for");
            batch.rollback();
        } finally {
            pool.shutdownNow();
        }

        sweep.sweep(MONDAY_6PM.plusSeconds(60));
        assertEquals(1, recorded(held, "week-missed"), "still due, and taken by the next sweep");
    }

    @Test
    void theDailyCapAndQuietHoursSuppressButRecord() {
        String capped = planWithOneSessionLastWeek();
        settings(capped, 1);
        // Thursday: inactive for 8 days, and 3 sessions needed in the 4 days left: two nudges due, one allowed
        sweep.sweep(THURSDAY_6PM);
        assertEquals(List.of("daily-cap"), withheld(capped));
        assertEquals(1, Database.count("select count(*) from milestone where user_id = ? and published"
                + " and local_date = date '2026-11-26'", capped));

        String late = planWithOneSessionLastWeek();
        // the sweep comes back at 22:30, inside the default quiet hours (22:00-07:00), after a day of downtime
        sweep.sweep(Instant.parse("2026-11-26T22:30:00Z"));
        assertEquals(List.of("quiet-hours", "quiet-hours"), withheld(late));
        assertEquals(0, Database.count("select count(*) from milestone where user_id = ? and type = 'week-missed'", late),
                "Monday's week-missed went stale by Thursday: dropped, not sent late");
    }

    @Test
    void anInactiveSpellIsNudgedOnceHoweverManyDaysItLasts() {
        String user = planWithOneSessionLastWeek();

        // nothing logged since Wednesday 2026-11-18: inactive from Wednesday 2026-11-25 on, and still a week later
        sweep.sweep(Instant.parse("2026-11-25T18:05:00Z"));
        sweep.sweep(Instant.parse("2026-11-28T18:05:00Z"));
        sweep.sweep(Instant.parse("2026-12-02T18:05:00Z"));

        assertEquals(1, recorded(user, "inactive"));
        assertEquals(List.of("2026-11-25"), Database.rows("select local_date from milestone where user_id = ?"
                + " and type = 'inactive'", user).stream().map(row -> row.get(0)).toList());
    }

    @Test
    void aSessionLoggedLateInsideANudgedSpellBringsNoSecondInactiveNudge() {
        String user = planWithOneSessionLastWeek();
        sweep.sweep(Instant.parse("2026-11-25T18:05:00Z"));
        assertEquals(1, recorded(user, "inactive"));

        // on the 28th the athlete logs Friday the 20th's session: the spell now counts from the 20th, 8 days long
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, UUID.randomUUID(),
                UUID.randomUUID(), null, Instant.parse("2026-11-20T07:00:00Z"), "UTC"));
        Progress.awaitMe(user, me -> me.body("totals.sessions", equalTo(2)));
        sweep.sweep(Instant.parse("2026-11-28T18:05:00Z"));
        sweep.sweep(Instant.parse("2026-12-02T18:05:00Z"));

        assertEquals(List.of("since/2026-11-18"), Database.rows("select split_part(key_text, '|', 3) from milestone"
                + " where user_id = ? and type = 'inactive'", user).stream().map(row -> row.get(0)).toList(),
                "the athlete was told on the 25th, during the stretch the late session falls in");
    }

    /** A user with a plan of 3 a week since 2026-11-02 in UTC and one session, in 2026-W47: that week is missed. */
    static String planWithOneSessionLastWeek() {
        String user = TestEvents.user("nudged");
        UUID plan = UUID.randomUUID();
        UUID routine = UUID.randomUUID();
        TestEvents.publish(TestEvents.PLAN_SCHEDULED,
                TestEvents.planScheduled(user, plan, routine, 3, "UTC", LocalDate.parse("2026-11-02"), null));
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, UUID.randomUUID(), routine,
                plan, Instant.parse("2026-11-18T07:00:00Z"), "UTC"));
        Progress.awaitMe(user, me -> me.body("totals.sessions", equalTo(1)).body("thisWeek.target", equalTo(3)));
        return user;
    }

    private static void settings(String user, int maxPerDay) {
        settings(user, maxPerDay, true);
    }

    private static void settings(String user, int maxPerDay, boolean celebrations) {
        given().auth().oauth2(TestTokens.token(user, "athlete")).contentType(ContentType.JSON)
                .body("""
                        {"weekAtRisk": true, "weekMissed": true, "inactive": true, "celebrations": %b,
                         "nudgeHour": 18, "quietStart": "22:00", "quietEnd": "07:00", "maxNudgesPerDay": %d}"""
                        .formatted(celebrations, maxPerDay))
                .put("/progress/me/nudges").then().statusCode(200);
    }

    private static long recorded(String user) {
        return Database.count("select count(*) from milestone where user_id = ?", user);
    }

    private static long recorded(String user, String type) {
        return Database.count("select count(*) from milestone where user_id = ? and type = ?", user, type);
    }

    private static List<String> withheld(String user) {
        return Database.rows("select withheld_reason from milestone where user_id = ? and not published"
                + " order by withheld_reason", user).stream().map(row -> row.get(0)).toList();
    }

    private static List<ConsumerRecord<String, String>> published(String user) {
        return KafkaTopicProbe.recordsUntilNow(MilestoneEvents.TOPIC, DEADLINE).stream()
                .filter(record -> user.equals(record.key())).toList();
    }
}
