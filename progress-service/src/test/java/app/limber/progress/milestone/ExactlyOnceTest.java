package app.limber.progress.milestone;

import static app.limber.progress.milestone.Milestones.TODAY;
import static app.limber.progress.milestone.Milestones.awaitFeed;
import static app.limber.progress.milestone.Milestones.awaitPublished;
import static app.limber.progress.milestone.Milestones.id;
import static app.limber.progress.milestone.Milestones.ids;
import static app.limber.progress.milestone.Milestones.published;
import static app.limber.progress.milestone.Milestones.session;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.limber.progress.FixedClock;
import app.limber.progress.TestEvents;
import app.limber.progress.messaging.ProgressConsumer;
import app.limber.testing.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Whatever happens to a batch, each celebration is published once: redelivered, applied again after the idempotency
 * ledger forgot it, cut off by a consumer restart, or rolled back after its milestones were written.
 */
@QuarkusTest
@TestProfile(FixedClock.Profile.class)
class ExactlyOnceTest {

    private final UUID routine = UUID.randomUUID();
    private final UUID plan = UUID.randomUUID();

    @Inject
    ProgressConsumer consumer;

    @AfterEach
    void recover() {
        Database.execute("drop trigger if exists simulated_outage on outbox_event");
        Database.execute("drop trigger if exists simulated_outage on session_analysis");
        consumer.start();
    }

    @Test
    void redeliveredEventsEventsAppliedAgainAndARestartAddNothing() {
        String user = TestEvents.user("redelivered");
        List<String> events = new ArrayList<>();
        events.add(TestEvents.planScheduled(user, plan, routine, 1, "UTC", LocalDate.parse("2026-11-16"), null));
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, events.get(0));
        for (String day : List.of("2026-11-17", "2026-11-18", "2026-11-19")) {
            events.add(session(user, UUID.randomUUID(), routine, plan, LocalDate.parse(day)));
        }
        UUID week = id(user, "week-target-met|" + plan + "|2026-W47", 1);
        UUID streak = id(user, "streak-reached|-|daily/3/2026-11-17..2026-11-19", 1);
        assertEquals(Set.of(week, streak), Set.copyOf(ids(awaitPublished(user, 2))));

        republish(events);
        // the ledger forgets the events: they are applied again, to the same facts
        Database.update("delete from processed_event where event_id = any(?::uuid[])",
                "{" + String.join(",", events.stream().map(TestEvents::eventId).toList()) + "}");
        republish(events);
        consumer.stop();
        consumer.start();
        session(user, UUID.randomUUID(), routine, plan, TODAY);
        UUID nextWeek = id(user, "week-target-met|" + plan + "|2026-W48", 1);
        UUID weekly = id(user, "streak-reached|-|weekly/2/2026-W47..2026-W48", 1);
        awaitPublished(user, 4);

        assertEquals(Set.of(week, streak, nextWeek, weekly), Set.copyOf(ids(published(user))));
        assertEquals(4, published(user).size(), "each once");
        assertEquals(4, Database.count("select count(*) from milestone where user_id = ?", user));
    }

    @Test
    void aBatchRolledBackAfterRecordingItsMilestonesPublishesThemOnceWhenRetried() {
        String user = TestEvents.user("rolled-back");
        // fails the batch after the rollups and the milestone rows were written in it
        failInsertsFor(user, "outbox_event", "record_key");
        TestEvents.publish(TestEvents.PLAN_SCHEDULED,
                TestEvents.planScheduled(user, plan, routine, 1, "UTC", LocalDate.parse("2026-11-16"), null));
        session(user, UUID.randomUUID(), routine, plan, LocalDate.parse("2026-11-18"));
        await().atMost(Milestones.DEADLINE).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().body(containsString("simulated outage")));
        assertEquals(0, Database.count("select count(*) from milestone where user_id = ?", user));

        Database.execute("drop trigger simulated_outage on outbox_event");

        UUID week = id(user, "week-target-met|" + plan + "|2026-W47", 1);
        assertEquals(List.of(week), ids(awaitPublished(user, 1)));
        awaitFeed(user, feed -> feed.body("total", equalTo(1)));
        assertEquals(List.of(week), ids(published(user)));
    }

    @Test
    void aBatchFailingWhileItsCelebrationsAreWorkedOutAheadPublishesThemOnceWhenRetried() {
        String user = TestEvents.user("failed-ahead");
        TestEvents.publish(TestEvents.PLAN_SCHEDULED,
                TestEvents.planScheduled(user, plan, routine, 1, "UTC", LocalDate.parse("2026-11-16"), null));
        session(user, UUID.randomUUID(), routine, plan, LocalDate.parse("2026-11-17"));
        UUID week = id(user, "week-target-met|" + plan + "|2026-W47", 1);
        assertEquals(List.of(week), ids(awaitPublished(user, 1)));
        // the user's celebrations are reconciled now, so their next sessions in order are decided ahead, beside the
        // analytics statements; this fails the batch in one of those
        failInsertsFor(user, "session_analysis", "user_id");
        session(user, UUID.randomUUID(), routine, plan, LocalDate.parse("2026-11-18"));
        session(user, UUID.randomUUID(), routine, plan, LocalDate.parse("2026-11-19"));
        await().atMost(Milestones.DEADLINE).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().body(containsString("simulated outage")));
        assertEquals(1, Database.count("select count(*) from milestone where user_id = ?", user));

        Database.execute("drop trigger simulated_outage on session_analysis");

        UUID streak = id(user, "streak-reached|-|daily/3/2026-11-17..2026-11-19", 1);
        assertEquals(List.of(week, streak), ids(awaitPublished(user, 2)));
        assertEquals(List.of(week, streak), ids(published(user)), "each once");
        assertEquals(2, Database.count("select count(*) from milestone where user_id = ?", user));
        assertEquals(1, Database.count("select count(*) from milestone where user_id = ? and key_text like 'streak%'",
                user));
    }

    /** Fails every batch that inserts a row of {@code table} whose {@code column} is the user, until dropped. */
    private static void failInsertsFor(String user, String table, String column) {
        Database.execute("create or replace function fail_" + table + "_for_unlucky() returns trigger language plpgsql "
                + "as $$ begin if new." + column + " = '" + user + "' then raise exception 'simulated outage'; end if; "
                + "return new; end $$");
        Database.execute("create trigger simulated_outage before insert on " + table + " for each row "
                + "execute function fail_" + table + "_for_unlucky()");
    }

    private static void republish(List<String> events) {
        for (String json : events) {
            TestEvents.publish(json.contains("\"weeklyTarget\"") ? TestEvents.PLAN_SCHEDULED : TestEvents.SESSION_COMPLETED,
                    json);
        }
    }
}
