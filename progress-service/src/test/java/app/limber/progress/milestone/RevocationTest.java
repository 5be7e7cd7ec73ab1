package app.limber.progress.milestone;

import static app.limber.progress.milestone.Milestones.TODAY;
import static app.limber.progress.milestone.Milestones.awaitFeed;
import static app.limber.progress.milestone.Milestones.awaitPublished;
import static app.limber.progress.milestone.Milestones.feed;
import static app.limber.progress.milestone.Milestones.id;
import static app.limber.progress.milestone.Milestones.ids;
import static app.limber.progress.milestone.Milestones.payload;
import static app.limber.progress.milestone.Milestones.published;
import static app.limber.progress.milestone.Milestones.revocationId;
import static app.limber.progress.milestone.Milestones.session;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import app.limber.progress.FixedClock;
import app.limber.progress.TestEvents;
import app.limber.testing.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Late and deleted sessions change the past: a celebration no longer true is revoked, and true again is new. */
@QuarkusTest
@TestProfile(FixedClock.Profile.class)
class RevocationTest {

    private final UUID routine = UUID.randomUUID();
    private final UUID plan = UUID.randomUUID();

    @Test
    void aDeletedSessionThatUnmeetsAWeekPublishesRevokedAndMeetingItAgainIsANewMilestone() {
        String user = TestEvents.user("unmet");
        TestEvents.publish(TestEvents.PLAN_SCHEDULED,
                TestEvents.planScheduled(user, plan, routine, 1, "UTC", LocalDate.parse("2026-11-02"), null));
        UUID doubtful = UUID.randomUUID();
        session(user, doubtful, routine, plan, LocalDate.parse("2026-11-18"));
        String week = "week-target-met|" + plan + "|2026-W47";
        UUID first = id(user, week, 1);
        assertEquals(List.of(first), ids(awaitPublished(user, 1)));

        TestEvents.publish(TestEvents.SESSION_DELETED, TestEvents.sessionDeleted(user, doubtful));
        ConsumerRecord<String, String> revoked = awaitPublished(user, 2).get(1);
        session(user, UUID.randomUUID(), routine, plan, LocalDate.parse("2026-11-20"));
        UUID again = id(user, week, 2);
        awaitPublished(user, 3);

        assertEquals(List.of(first, revocationId(first), again), ids(published(user)), "in order, each once");
        assertEquals("limber.milestone.revoked.v1", Milestones.type(revoked));
        assertEquals(first.toString(), payload(revoked).path("revokedMilestoneId").asText());
        assertEquals("limber.milestone.week-target-met.v1", payload(revoked).path("revokedType").asText());
        assertEquals("session-deleted", payload(revoked).path("reason").asText());
        feed(user, Map.of())
                .body("total", equalTo(2))
                .body("items.localDate", contains("2026-11-22", "2026-11-22"))
                .body("items.find { it.milestoneId == '" + first + "' }.revokedAt", notNullValue())
                .body("items.find { it.milestoneId == '" + first + "' }.revocationReason", equalTo("session-deleted"))
                .body("items.find { it.milestoneId == '" + again + "' }.revokedAt", nullValue())
                .body("items.find { it.milestoneId == '" + again + "' }.details.week", equalTo("2026-W47"));
    }

    @Test
    void aSessionLoggedLongAfterItWasDoneIsRecordedButNotSentNorIsItsRevocation() {
        String user = TestEvents.user("very-late");
        TestEvents.publish(TestEvents.PLAN_SCHEDULED,
                TestEvents.planScheduled(user, plan, routine, 1, "UTC", LocalDate.parse("2026-08-31"), null));
        UUID september = UUID.randomUUID();
        session(user, september, routine, plan, LocalDate.parse("2026-09-02"));
        UUID old = id(user, "week-target-met|" + plan + "|2026-W36", 1);
        awaitFeed(user, feed -> feed.body("items.milestoneId", contains(old.toString()))
                .body("items[0].localDate", equalTo("2026-09-06"))
                .body("items[0].published", equalTo(false)));

        TestEvents.publish(TestEvents.SESSION_DELETED, TestEvents.sessionDeleted(user, september));
        session(user, UUID.randomUUID(), routine, plan, TODAY);
        UUID thisWeek = id(user, "week-target-met|" + plan + "|2026-W48", 1);

        assertEquals(List.of(thisWeek), ids(awaitPublished(user, 1)));
        awaitFeed(user, feed -> feed.body("items.milestoneId", contains(thisWeek.toString(), old.toString()))
                .body("items[1].revocationReason", equalTo("session-deleted")));
        assertEquals(List.of(thisWeek), ids(published(user)), "neither the week of September nor its revocation");
        assertEquals(1, Database.count("select count(*) from outbox_event where record_key = ?", user));
    }
}
