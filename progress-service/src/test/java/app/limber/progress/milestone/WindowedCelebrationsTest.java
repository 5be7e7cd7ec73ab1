package app.limber.progress.milestone;

import static app.limber.progress.milestone.Milestones.awaitFeed;
import static app.limber.progress.milestone.Milestones.awaitPublished;
import static app.limber.progress.milestone.Milestones.id;
import static app.limber.progress.milestone.Milestones.ids;
import static app.limber.progress.milestone.Milestones.payload;
import static app.limber.progress.milestone.Milestones.published;
import static app.limber.progress.milestone.Milestones.revocationId;
import static app.limber.progress.milestone.Milestones.session;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import app.limber.progress.FixedClock;
import app.limber.progress.TestEvents;
import app.limber.testing.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Batches that only add sessions are reconciled without the user's whole history (ADR 0006), on the real database:
 * sessions in order from the latest runs kept with the user (and no recorded key while the recorded keys are exactly
 * what is true), so the comeback, the streak and the met week they bring are published as they would be from the whole
 * history; a late session from a window, so one inside a published comeback's spell revokes it, and the keys outside
 * the window are left as they are; news after that revocation from the recorded keys they touch. Sessions that make
 * nothing new true read nothing of the history, and the session after them still finds what it makes true.
 */
@QuarkusTest
@TestProfile(FixedClock.Profile.class)
class WindowedCelebrationsTest {

    private static final Pattern WINDOWED = reconciliations("window");
    private static final Pattern QUIET = reconciliations("none");
    private static final Pattern IN_ORDER = reconciliations("keys");

    private final UUID routine = UUID.randomUUID();
    private final UUID plan = UUID.randomUUID();

    @Test
    void sessionsAddedLaterAreReconciledFromTheWindowWithTheSameMilestones() {
        String user = TestEvents.user("windowed");
        TestEvents.publish(TestEvents.PLAN_SCHEDULED,
                TestEvents.planScheduled(user, plan, routine, 2, "UTC", LocalDate.parse("2026-09-07"), null));
        session(user, UUID.randomUUID(), routine, plan, LocalDate.parse("2026-10-01"));
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> Database.count(
                "select count(*) from progress_user where user_id = ? and celebration_rules is not null"
                        + " and celebration_own_keys", user) == 1);
        double readNothingBefore = reconciled(QUIET);

        // back after 37 days (too long ago to send), then after 9 more: a comeback, a daily streak of 3, a met week
        for (String day : List.of("2026-11-08", "2026-11-17", "2026-11-18", "2026-11-19")) {
            session(user, UUID.randomUUID(), routine, plan, LocalDate.parse(day));
        }
        UUID comeback = id(user, "comeback|-|2026-11-09..2026-11-17", 1);
        UUID streak = id(user, "streak-reached|-|daily/3/2026-11-17..2026-11-19", 1);
        UUID week = id(user, "week-target-met|" + plan + "|2026-W47", 1);
        assertEquals(Set.of(comeback, streak, week), Set.copyOf(ids(awaitPublished(user, 3))));
        assertTrue(reconciled(QUIET) > readNothingBefore,
                "sessions in order, for a user whose recorded keys are exactly what is true, read no recorded key");
        assertEquals(1, Database.count("select count(*) from progress_user where user_id = ? and celebration_own_keys",
                user), "news recorded under their own keys keep them so");
        double windowedBefore = windowed();

        // logged late: 2026-11-13 leaves 5 and 4 days away, no spell of 7 any more
        session(user, UUID.randomUUID(), routine, plan, LocalDate.parse("2026-11-13"));
        var revocation = awaitPublished(user, 4).get(3);

        List<UUID> sent = ids(published(user));
        assertEquals(4, sent.size(), "each once: " + sent);
        assertEquals(Set.of(comeback, streak, week), Set.copyOf(sent.subList(0, 3)));
        assertEquals(revocationId(comeback), sent.get(3));
        assertEquals("late-session", payload(revocation).path("reason").asText());
        awaitFeed(user, feed -> feed.body("total", equalTo(4))
                .body("items.type", contains("week-target-met", "streak-reached", "comeback", "comeback"))
                .body("items[2].revocationReason", equalTo("late-session"))
                .body("items[3].milestoneId", equalTo(id(user, "comeback|-|2026-10-02..2026-11-08", 1).toString()))
                .body("items[3].published", equalTo(false))
                .body("items[3].revokedAt", nullValue()));
        assertTrue(windowed() > windowedBefore, "the late session was reconciled from a window");
        assertEquals(4, Database.count("select count(*) from milestone where user_id = ? and period_last is not null",
                user), "every celebration stores the days it is about");

        // the revoked comeback's key could be revived: news in order now read the keys they touch
        assertEquals(0, Database.count("select count(*) from progress_user where user_id = ? and celebration_own_keys",
                user));
        double keysBefore = reconciled(IN_ORDER);
        session(user, UUID.randomUUID(), routine, plan, LocalDate.parse("2026-11-23"));
        session(user, UUID.randomUUID(), routine, plan, LocalDate.parse("2026-11-23"));
        // 2026-W48 met, after 2026-W47: a weekly streak of 2 too
        assertEquals(Set.of(id(user, "week-target-met|" + plan + "|2026-W48", 1),
                id(user, "streak-reached|-|weekly/2/2026-W47..2026-W48", 1)),
                Set.copyOf(ids(awaitPublished(user, 6)).subList(4, 6)));
        assertTrue(reconciled(IN_ORDER) > keysBefore, "the news read only the keys they touch");
    }

    @Test
    void sessionsThatMakeNothingNewTrueAreReconciledWithoutReadingTheHistory() {
        String user = TestEvents.user("quiet");
        UUID plan = UUID.randomUUID();
        TestEvents.publish(TestEvents.PLAN_SCHEDULED,
                TestEvents.planScheduled(user, plan, routine, 3, "UTC", LocalDate.parse("2026-11-02"), null));
        session(user, UUID.randomUUID(), routine, plan, LocalDate.parse("2026-11-12"));
        awaitLatestRun(user, "2026-11-12", "2026-11-12");
        double quietBefore = reconciled(QUIET);

        // Monday and Tuesday of 2026-W47: a run of 1, then 2, and 1 then 2 of the week's 3 sessions
        session(user, UUID.randomUUID(), routine, plan, LocalDate.parse("2026-11-16"));
        awaitLatestRun(user, "2026-11-16", "2026-11-16");
        session(user, UUID.randomUUID(), routine, plan, LocalDate.parse("2026-11-17"));
        awaitLatestRun(user, "2026-11-16", "2026-11-17");
        assertTrue(reconciled(QUIET) >= quietBefore + 2, "neither session could make anything new true");
        assertEquals(0, Database.count("select count(*) from milestone where user_id = ?", user));

        // Wednesday: a daily streak of 3 and the week's target, found from the latest runs, and the first met week
        session(user, UUID.randomUUID(), routine, plan, LocalDate.parse("2026-11-18"));
        awaitLatestRun(user, "2026-11-16", "2026-11-18");
        assertEquals(Set.of(id(user, "streak-reached|-|daily/3/2026-11-16..2026-11-18", 1),
                id(user, "week-target-met|" + plan + "|2026-W47", 1)), Set.copyOf(ids(awaitPublished(user, 2))));
        assertEquals(2, ids(published(user)).size(), "each once");
        assertTrue(reconciled(QUIET) >= quietBefore + 3, "news of a user whose recorded keys are their own read none");
        assertEquals(1, Database.count("select count(*) from progress_user where user_id = ?"
                + " and weekly_first = date '2026-11-16' and weekly_last = date '2026-11-16' and weekly_length = 1", user),
                "the week met begins the latest weekly run");
    }

    private static void awaitLatestRun(String user, String first, String last) {
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> Database.count(
                "select count(*) from progress_user where user_id = ? and run_first = ?::date"
                        + " and run_last = ?::date", user, first, last) == 1);
    }

    private static double windowed() {
        return reconciled(WINDOWED);
    }

    private static double reconciled(Pattern read) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = read.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private static Pattern reconciliations(String read) {
        return Pattern.compile("limber_progress_milestones_reconciliations_total\\{read=\"" + read + "\"[^}]*} ([0-9.E]+)");
    }
}
