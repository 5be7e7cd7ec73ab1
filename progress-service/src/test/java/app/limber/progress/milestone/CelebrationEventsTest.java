package app.limber.progress.milestone;

import static app.limber.progress.milestone.Milestones.TODAY;
import static app.limber.progress.milestone.Milestones.awaitFeed;
import static app.limber.progress.milestone.Milestones.awaitPublished;
import static app.limber.progress.milestone.Milestones.feed;
import static app.limber.progress.milestone.Milestones.id;
import static app.limber.progress.milestone.Milestones.ids;
import static app.limber.progress.milestone.Milestones.payload;
import static app.limber.progress.milestone.Milestones.published;
import static app.limber.progress.milestone.Milestones.session;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import app.limber.progress.FixedClock;
import app.limber.progress.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A user's sessions become celebrations on progress.milestone-events, each once and valid against its contract, and
 * in their feed; a celebration of long ago is recorded without being sent.
 *
 * <p>Today is Monday 2026-11-23 (2026-W48). Plan: one session a week from Monday 2026-11-02 (W45). Sessions on
 * Mon 11-02, then after 14 days away Tue 11-17, Wed 11-18, Thu 11-19, and today.
 */
@QuarkusTest
@TestProfile(FixedClock.Profile.class)
class CelebrationEventsTest {

    private static final List<LocalDate> DAYS = List.of(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-17"),
            LocalDate.parse("2026-11-18"), LocalDate.parse("2026-11-19"), TODAY);

    private final UUID routine = UUID.randomUUID();
    private final UUID plan = UUID.randomUUID();

    @Test
    void everyCelebrationIsPublishedOnceUnderItsIdAndValidAgainstItsContract() {
        String user = train();
        Map<String, UUID> expected = Map.of(
                "week-target-met W47", id(user, "week-target-met|" + plan + "|2026-W47", 1),
                "week-target-met W48", id(user, "week-target-met|" + plan + "|2026-W48", 1),
                "daily streak of 3", id(user, "streak-reached|-|daily/3/2026-11-17..2026-11-19", 1),
                "weekly streak of 2", id(user, "streak-reached|-|weekly/2/2026-W47..2026-W48", 1),
                "comeback", id(user, "comeback|-|2026-11-03..2026-11-17", 1));

        awaitPublished(user, expected.size());
        awaitFeed(user, feed -> feed.body("total", equalTo(6)));
        List<ConsumerRecord<String, String>> events = published(user);

        assertEquals(Set.copyOf(expected.values()), new HashSet<>(ids(events)), "published: " + expected.keySet());
        assertEquals(expected.size(), events.size(), "each once");
        Map<UUID, ConsumerRecord<String, String>> byId = events.stream().collect(Collectors.toMap(
                record -> UUID.fromString(payload(record).path("milestoneId").asText()), record -> record));
        ConsumerRecord<String, String> thisWeek = byId.get(expected.get("week-target-met W48"));
        assertEquals("limber.milestone.week-target-met.v1", Milestones.type(thisWeek));
        assertEquals(plan.toString(), payload(thisWeek).path("planId").asText());
        assertEquals("2026-W48", payload(thisWeek).path("week").asText());
        assertEquals(1, payload(thisWeek).path("done").asInt());
        assertEquals(1, payload(thisWeek).path("target").asInt());
        ConsumerRecord<String, String> weekly = byId.get(expected.get("weekly streak of 2"));
        assertEquals("limber.milestone.streak-reached.v1", Milestones.type(weekly));
        assertEquals("weekly", payload(weekly).path("kind").asText());
        assertEquals(2, payload(weekly).path("length").asInt());
        ConsumerRecord<String, String> daily = byId.get(expected.get("daily streak of 3"));
        assertEquals("daily", payload(daily).path("kind").asText());
        assertEquals("2026-11-19", payload(daily).path("localDate").asText());
        ConsumerRecord<String, String> comeback = byId.get(expected.get("comeback"));
        assertEquals("limber.milestone.comeback.v1", Milestones.type(comeback));
        assertEquals(15, payload(comeback).path("daysAway").asInt());
        assertEquals("2026-11-17", payload(comeback).path("localDate").asText());
    }

    @Test
    void theFeedListsNewestDayFirstInPagesWithTheWeekOfLongAgoRecordedButNotPublished() {
        String user = train();
        awaitFeed(user, feed -> feed.body("total", equalTo(6)));

        feed(user, Map.of())
                .body("items.localDate", contains("2026-11-23", "2026-11-23", "2026-11-22", "2026-11-19", "2026-11-17",
                        "2026-11-08"))
                .body("items.published", contains(true, true, true, true, true, false))
                .body("items.revokedAt", everyItem(nullValue()))
                .body("items[2].type", equalTo("week-target-met"))
                .body("items[2].details.week", equalTo("2026-W47"))
                .body("items[2].details.planId", equalTo(plan.toString()))
                .body("items[3].type", equalTo("streak-reached"))
                .body("items[3].details.kind", equalTo("daily"))
                .body("items[3].details.length", equalTo(3))
                .body("items[4].type", equalTo("comeback"))
                .body("items[5].milestoneId", equalTo(id(user, "week-target-met|" + plan + "|2026-W45", 1).toString()));
        feed(user, Map.of("size", 4, "page", 1))
                .body("items.localDate", contains("2026-11-17", "2026-11-08"))
                .body("page", equalTo(1)).body("size", equalTo(4)).body("total", equalTo(6));
        feed(user, Map.of("size", 4, "page", 2)).body("items", empty()).body("total", equalTo(6));
        feed(user, Map.of("from", "2026-11-17", "to", "2026-11-22"))
                .body("items.type", contains("week-target-met", "streak-reached", "comeback"))
                .body("total", equalTo(3));
        assertEquals(5, published(user).size(), "the week of 2026-11-02 ended more than 7 days ago: not sent");
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.matches("(?s).*limber_progress_milestones_recorded_total\\{published=\"false\"[^}]*} [1-9].*"),
                "withheld celebrations are counted");
    }

    @Test
    void anotherUserSeesNoneOfThem() {
        String user = train();
        awaitFeed(user, feed -> feed.body("total", equalTo(6)));

        feed(TestEvents.user("stranger"), Map.of()).body("items", hasSize(0)).body("total", equalTo(0));
    }

    private String train() {
        String user = TestEvents.user("celebrated");
        TestEvents.publish(TestEvents.PLAN_SCHEDULED,
                TestEvents.planScheduled(user, plan, routine, 1, "UTC", LocalDate.parse("2026-11-02"), null));
        DAYS.forEach(day -> session(user, UUID.randomUUID(), routine, plan, day));
        return user;
    }
}
