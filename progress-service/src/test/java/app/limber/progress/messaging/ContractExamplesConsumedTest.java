package app.limber.progress.messaging;

import static app.limber.progress.Progress.awaitMe;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.limber.progress.Progress;
import app.limber.progress.TestEvents;
import app.limber.testing.Database;
import app.limber.testing.contracts.EventContracts;
import io.quarkus.test.junit.QuarkusTest;

/** Every example of every event type progress reads goes through the real topics and is applied. */
@QuarkusTest
class ContractExamplesConsumedTest {

    private static final List<String> TYPES = List.of(TestEvents.PLAN_SCHEDULED, TestEvents.PLAN_ENDED,
            TestEvents.PLAN_PAUSED, TestEvents.PLAN_RESUMED, TestEvents.SESSION_COMPLETED, TestEvents.SESSION_DELETED,
            TestEvents.COACHING_GRANTED, TestEvents.COACHING_REVOKED);

    @Test
    void everyExampleIsConsumedAndApplied() {
        List<String> eventIds = new ArrayList<>();
        for (String type : TYPES) {
            for (String example : EventContracts.examples(type)) {
                TestEvents.publish(type, example);
                eventIds.add(TestEvents.eventId(example));
            }
        }

        await().atMost(Progress.DEADLINE).untilAsserted(() -> assertEquals(eventIds.size(), Database.count(
                "select count(*) from processed_event where event_id::text = any(?)", (Object) eventIds.toArray(String[]::new))));
        // anna's warm-up was deleted by the session.deleted example; the late cool-down has no plan; mika's recovery
        // session counts toward the plan a coach assigned her
        awaitMe("anna", me -> me.body("totals.sessions", equalTo(0)));
        awaitMe("mika", me -> me.body("totals.sessions", equalTo(1)));
        awaitMe("auth0|65f2c1a9e4b7d80012ab34cd", me -> me
                .body("totals.sessions", equalTo(1))
                .body("totals.minutes", equalTo(18)));
        assertEquals(List.of(List.of("2026-12-20")),
                Database.rows("select ends_on from user_plan where user_id = 'anna' order by ends_on"));
        assertEquals(List.of(List.of("b1d6f3a8-7e24-4c95-a0b9-3f5e8c2d6a14", "auth0|6601d4b2c9e8f70013cd52ab")),
                Database.rows("select plan_id, assigned_by from plan_scheduled where user_id = 'mika'"
                        + " and assigned_by is not null"));
        assertEquals(List.of(List.of("4", "3")), Database.rows("select effort, discomfort from session_completed"
                + " where user_id = 'mika' and discomfort is not null"));
        assertEquals(List.of(List.of("2026-11-26", "2026-12-09", "2026-12-03")), Database.rows("select p.starts_on,"
                + " p.ends_on, r.resumed_on from plan_paused p join plan_resumed r using (pause_id) where p.user_id = 'anna'"));
        // ben's warm-up carries its prescription: leg-swings done (1 set a side of 12 and 10 reps: 1.0 and 1.1), the
        // clamshells not completed (4 of 6 sets, full reps), the bridge never logged; he stopped after the first item
        assertEquals(List.of(
                List.of("1", "leg-swings", "1", "1", "0", "1.0500", "1", "1"),
                List.of("2", "clamshells", "1", "0", "1", "0.8333", "1", "0"),
                List.of("3", "glute-bridge", "1", "0", "1", "0.0000", "0", "0")),
                Database.rows("select position, exercise_slug, sessions, completed, skipped, dose_sum, dose_count, drop_offs"
                        + " from item_week_rollup where routine_id = 'e3a6f0d4-8b21-4c57-a9e2-6d4b1f8c0a95'"
                        + " and week_start = '2026-11-23' order by position"));
        // each athlete revoked after granting: the later event holds, whichever arrived first
        assertEquals(List.of(List.of("anna", "true", "{}"), List.of("auth0|65f2c1a9e4b7d80012ab34cd", "true", "{}")),
                Database.rows("select athlete_id, revoked::text, scopes::text from coach_grant"
                        + " where coach_id = 'auth0|6601d4b2c9e8f70013cd52ab' order by athlete_id"));
    }
}
