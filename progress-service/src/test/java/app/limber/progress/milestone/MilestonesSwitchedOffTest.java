package app.limber.progress.milestone;

import static app.limber.progress.Progress.awaitMe;
import static app.limber.progress.milestone.Milestones.feed;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.limber.progress.TestEvents;
import app.limber.progress.domain.milestone.EventMilestones;
import app.limber.testing.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With limber.milestones.enabled=false batches update the statistics and record or publish no milestone. */
@QuarkusTest
@TestProfile(MilestonesSwitchedOffTest.Off.class)
class MilestonesSwitchedOffTest {

    public static class Off implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("limber.milestones.enabled", "false");
        }
    }

    @Test
    void aSessionCountsInTheStatisticsAndRecordsNoMilestone() {
        String user = TestEvents.user("switched-off");
        UUID routine = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        TestEvents.publish(TestEvents.PLAN_SCHEDULED,
                TestEvents.planScheduled(user, plan, routine, 1, "UTC", today.minusDays(14), null));
        TestEvents.publish(TestEvents.SESSION_COMPLETED,
                TestEvents.sessionCompleted(user, UUID.randomUUID(), routine, plan, Instant.now().minusSeconds(60), "UTC"));

        // the session meets its week (one a week): a celebration, were milestones on
        awaitMe(user, Milestones.DEADLINE, me -> me.body("totals.sessions", equalTo(1)));

        feed(user, Map.of()).body("total", equalTo(0));
        assertEquals(0, Database.count("select count(*) from milestone where user_id = ?", user));
        assertEquals(0, Database.count("select count(*) from outbox_event where record_key = ?", user));
    }

    @Test
    void aBatchForgetsTheLatestRunsOfItsUsersSoThatMilestonesSwitchedOnReadTheirWholeHistory() {
        String user = TestEvents.user("forgotten-runs");
        UUID routine = UUID.randomUUID();
        // as a reconciliation with milestones on left the row: reconciled, with a run of two days
        Database.update("insert into progress_user (user_id, celebration_rules, run_first, run_last, weekly_length)"
                + " values (?, ?, date '2026-11-02', date '2026-11-03', 0)", user, EventMilestones.RULES);
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, UUID.randomUUID(), routine,
                null, Instant.parse("2026-11-04T07:00:00Z"), "UTC"));

        awaitMe(user, Milestones.DEADLINE, me -> me.body("totals.sessions", equalTo(1)));
        assertEquals(List.of(List.of("true", "UTC", "none", "none")), Database.rows(
                "select (latest_session_at = timestamptz '2026-11-04 07:00:00+00')::text, latest_session_zone,"
                        + " coalesce(celebration_rules::text, 'none'), coalesce(run_last::text, 'none')"
                        + " from progress_user where user_id = ?", user),
                "the latest session is kept, the runs of a reconciliation that this batch did not continue are not");
    }
}
