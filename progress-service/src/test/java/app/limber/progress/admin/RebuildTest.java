package app.limber.progress.admin;

import static app.limber.progress.Progress.awaitMe;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.limber.progress.Progress;
import app.limber.progress.TestEvents;
import app.limber.progress.analytics.PrescribedSessions;
import app.limber.progress.analytics.PrescribedSessions.Entry;
import app.limber.progress.domain.IsoWeek;
import app.limber.progress.persistence.Tables;
import app.limber.testing.Database;
import app.limber.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A rebuild from the topics (sessions, with and without their prescription, plans with their pauses, coaching grants)
 * gives exactly the tables the live consumer built, analytics rollups included, and the service keeps consuming.
 */
@QuarkusTest
class RebuildTest {

    private final IsoWeek thisWeek = IsoWeek.containing(Instant.now(), ZoneOffset.UTC);

    @Test
    void replayingEveryTopicIntoFreshTablesGivesTheLiveTables() {
        String user = TestEvents.user("rebuild");
        UUID routine = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        LocalDate start = thisWeek.plusWeeks(-3).monday();
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(user, plan, routine, 2, "Europe/Berlin", start.plusDays(2), null));
        UUID deleted = UUID.randomUUID();
        session(user, UUID.randomUUID(), routine, null, start.plusDays(3));
        session(user, deleted, routine, plan, start.plusDays(4));
        session(user, UUID.randomUUID(), routine, plan, start.plusDays(9));
        String duplicate = TestEvents.sessionCompleted(user, UUID.randomUUID(), routine, plan,
                start.plusDays(16).atTime(7, 0).toInstant(ZoneOffset.UTC), "Asia/Tokyo");
        TestEvents.publish(TestEvents.SESSION_COMPLETED, duplicate);
        TestEvents.publish(TestEvents.SESSION_COMPLETED, duplicate);
        TestEvents.publish(TestEvents.SESSION_DELETED, TestEvents.sessionDeleted(user, deleted));
        session(user, UUID.randomUUID(), routine, null, start.plusDays(5)); // late
        UUID prescribed = UUID.randomUUID();
        TestEvents.publish(TestEvents.SESSION_COMPLETED, PrescribedSessions.session(user, prescribed, routine,
                start.plusDays(10).atTime(7, 0).toInstant(ZoneOffset.UTC), true, 6, 3,
                new Entry("leg-swings", "both", 1, 10, 0, true, 1), new Entry("clamshells", "left", 2, 8, 0, false, 2)));
        TestEvents.publish(TestEvents.SESSION_COMPLETED, PrescribedSessions.session(user, UUID.randomUUID(), routine,
                start.plusDays(11).atTime(7, 0).toInstant(ZoneOffset.UTC), true, 4, null,
                new Entry("glute-bridge", "none", 3, 12, 4, true, 3)));
        TestEvents.publish(TestEvents.SESSION_COMPLETED, PrescribedSessions.session(user, UUID.randomUUID(), routine,
                start.plusDays(12).atTime(7, 0).toInstant(ZoneOffset.UTC), false, 5, 1,
                new Entry("clamshells", "both", 2, 12, 0, true, null)));
        TestEvents.publish(TestEvents.SESSION_DELETED, TestEvents.sessionDeleted(user, prescribed));
        UUID pause = UUID.randomUUID();
        TestEvents.publish(TestEvents.PLAN_PAUSED, TestEvents.planPaused(user, plan, pause, start.plusDays(7),
                start.plusDays(20)));
        TestEvents.publish(TestEvents.PLAN_RESUMED, TestEvents.planResumed(user, plan, pause, start.plusDays(14)));
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(user, "rebuild-coach", "view-progress"));
        TestEvents.publish(TestEvents.COACHING_REVOKED, TestEvents.coachingRevoked(user, "rebuild-coach"));
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(user, "second-coach", "assign-plans"));
        awaitMe(user, me -> me.body("totals.sessions", equalTo(6)));
        await().atMost(Progress.DEADLINE).untilAsserted(() -> assertEquals(List.of(List.of("rebuild-coach", "true"),
                List.of("second-coach", "false")), Database.rows("select coach_id, revoked::text from coach_grant"
                + " where athlete_id = ? order by coach_id", user)));
        await().atMost(Progress.DEADLINE).untilAsserted(() -> assertEquals(1,
                Database.count("select count(*) from plan_resumed where user_id = ?", user)));
        await().atMost(Progress.DEADLINE).untilAsserted(() -> assertEquals(1, Database.count(
                "select count(*) from progress_user where user_id = ? and celebration_rules is not null", user)));
        Map<String, List<List<String>>> live = snapshot();

        given().auth().oauth2(TestTokens.token("ops", "admin"))
                .when().post("/admin/rebuild")
                .then().statusCode(200)
                .body("recordsRead", greaterThan(7))
                .body("eventsApplied", greaterThan(6));

        assertEquals(live, snapshot());
        assertEquals(0, Database.count(
                "select count(*) from progress_user where user_id = ? and celebration_rules is not null", user),
                "the replayed facts were never reconciled with the celebrations: the user's next batch reads them all");
        String after = TestEvents.user("after-rebuild");
        session(after, UUID.randomUUID(), routine, null, thisWeek.monday());
        awaitMe(after, me -> me.body("totals.sessions", equalTo(1)));
        awaitMe(user, me -> me.body("totals.sessions", equalTo(6)));
    }

    @Test
    void onlyAdminsRebuild() {
        given().auth().oauth2(TestTokens.token("a", "analyst")).when().post("/admin/rebuild").then().statusCode(403);
        given().when().post("/admin/rebuild").then().statusCode(401);
        given().auth().oauth2(TestTokens.token("a", "analyst")).queryParam("dryRun", "true")
                .when().post("/admin/rebuild").then().statusCode(403);
    }

    @Test
    void anUnknownParameterIs400NamingItInsteadOfRebuilding() {
        given().auth().oauth2(TestTokens.token("ops", "admin")).queryParam("dryRun", "true")
                .when().post("/admin/rebuild")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("dryRun"))
                .body("errors[0].message", equalTo("is not a known parameter"));
    }

    private static Map<String, List<List<String>>> snapshot() {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        for (String table : Tables.ALL) {
            // a user's latest runs are what their last reconciliation saw, not facts a replay can give back
            tables.put(table, Database.rows("select (to_jsonb(t) - 'processed_at' - 'celebration_rules' - 'run_first'"
                    + " - 'run_last' - 'weekly_first' - 'weekly_last' - 'weekly_length' - 'celebration_own_keys')::text"
                    + " as r from " + table
                    + " t order by r"));
        }
        // the migrations' index names survive the swap, so that later migrations can refer to them
        tables.put("indexes", Database.rows("select tablename, indexname, indexdef from pg_indexes where schemaname = 'public'"
                + " and tablename not like '%_rebuild' order by 1, 2"));
        return tables;
    }

    private static void session(String user, UUID session, UUID routine, UUID plan, LocalDate day) {
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, session, routine, plan,
                day.atTime(7, 0).toInstant(ZoneOffset.UTC), "Europe/Berlin"));
    }
}
