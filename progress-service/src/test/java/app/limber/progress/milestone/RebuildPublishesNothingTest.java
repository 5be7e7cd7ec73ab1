package app.limber.progress.milestone;

import static app.limber.progress.milestone.Milestones.TODAY;
import static app.limber.progress.milestone.Milestones.awaitFeed;
import static app.limber.progress.milestone.Milestones.awaitPublished;
import static app.limber.progress.milestone.Milestones.id;
import static app.limber.progress.milestone.Milestones.ids;
import static app.limber.progress.milestone.Milestones.published;
import static app.limber.progress.milestone.Milestones.session;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.limber.progress.FixedClock;
import app.limber.progress.TestEvents;
import app.limber.testing.Database;
import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A rebuild replays both routine topics into fresh tables: it publishes no milestone, keeps every recorded one, and
 * the rebuilt facts give the same milestones, so the user's next batch publishes only what is new.
 */
@QuarkusTest
@TestProfile(FixedClock.Profile.class)
class RebuildPublishesNothingTest {

    @Test
    void aRebuildPublishesNothingAndTheNextBatchOnlyWhatIsNew() {
        String user = TestEvents.user("rebuilt");
        UUID routine = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        TestEvents.publish(TestEvents.PLAN_SCHEDULED,
                TestEvents.planScheduled(user, plan, routine, 1, "UTC", LocalDate.parse("2026-10-26"), null));
        UUID deleted = UUID.randomUUID();
        session(user, UUID.randomUUID(), routine, plan, LocalDate.parse("2026-10-27"));
        session(user, deleted, routine, plan, LocalDate.parse("2026-11-10"));
        session(user, UUID.randomUUID(), routine, plan, LocalDate.parse("2026-11-17"));
        session(user, UUID.randomUUID(), routine, plan, LocalDate.parse("2026-11-18"));
        awaitFeed(user, feed -> feed.body("total", equalTo(6)));
        TestEvents.publish(TestEvents.SESSION_DELETED, TestEvents.sessionDeleted(user, deleted));
        // no longer met: the week of 2026-11-10 and the weekly streak it was part of
        awaitFeed(user, feed -> feed.body("items.findAll { it.revokedAt != null }.size()", equalTo(2)));
        List<List<String>> recorded = milestones(user);
        List<UUID> before = ids(published(user));

        given().auth().oauth2(TestTokens.token("ops", "admin")).when().post("/admin/rebuild").then().statusCode(200);

        assertEquals(recorded, milestones(user), "the rebuild recorded, revoked and published nothing");
        session(user, UUID.randomUUID(), routine, plan, TODAY);
        // this week is met, and with last week a weekly streak of 2 again: the revoked one's next occurrence
        Set<UUID> news = Set.of(id(user, "week-target-met|" + plan + "|2026-W48", 1),
                id(user, "streak-reached|-|weekly/2/2026-W46..2026-W47", 2));
        awaitPublished(user, before.size() + news.size());
        List<UUID> after = ids(published(user));

        assertEquals(before.size() + news.size(), after.size(), "after the rebuild, only what today's session made true");
        assertEquals(before, after.subList(0, before.size()));
        assertEquals(news, Set.copyOf(after.subList(before.size(), after.size())));
    }

    private static List<List<String>> milestones(String user) {
        return Database.rows("select id, key_text, occurrence, active, published, revoked_at from milestone"
                + " where user_id = ? order by id", user);
    }
}
