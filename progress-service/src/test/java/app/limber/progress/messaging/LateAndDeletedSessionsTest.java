package app.limber.progress.messaging;

import static app.limber.progress.Progress.awaitMe;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.limber.progress.TestEvents;
import app.limber.progress.domain.IsoWeek;
import io.quarkus.test.junit.QuarkusTest;

/** The past changes: stats come out as if events had arrived in order. */
@QuarkusTest
class LateAndDeletedSessionsTest {

    private final IsoWeek thisWeek = IsoWeek.containing(Instant.now(), ZoneOffset.UTC);
    private final UUID routine = UUID.randomUUID();
    private final UUID plan = UUID.randomUUID();

    @Test
    void aDeletedSessionTakesItsEffectWithIt() {
        String user = TestEvents.user("deleted");
        LocalDate start = thisWeek.plusWeeks(-2).monday();
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(user, plan, routine, 1, "UTC", start, null));
        UUID doubtful = UUID.randomUUID();
        completed(user, UUID.randomUUID(), start.plusDays(2));
        completed(user, doubtful, start.plusDays(9));
        awaitMe(user, me -> me.body("weeklyStreak.current", equalTo(2)).body("totals.sessions", equalTo(2)));

        TestEvents.publish(TestEvents.SESSION_DELETED, TestEvents.sessionDeleted(user, doubtful));

        awaitMe(user, me -> me
                .body("totals.sessions", equalTo(1))
                .body("weeklyStreak.current", equalTo(0))
                .body("weeklyStreak.longest", equalTo(1))
                .body("adherence.allTime", equalTo(0.5f)));
    }

    @Test
    void aLateSessionFillsTheWeekItBelongsTo() {
        String user = TestEvents.user("late");
        LocalDate start = thisWeek.plusWeeks(-3).monday();
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(user, plan, routine, 1, "UTC", start, null));
        completed(user, UUID.randomUUID(), start.plusDays(1));
        completed(user, UUID.randomUUID(), start.plusDays(15));
        awaitMe(user, me -> me.body("weeklyStreak.current", equalTo(1)).body("weeklyStreak.longest", equalTo(1)));

        // logged days later for the week in between
        completed(user, UUID.randomUUID(), start.plusDays(10));

        awaitMe(user, me -> me
                .body("weeklyStreak.current", equalTo(3))
                .body("weeklyStreak.longest", equalTo(3))
                .body("adherence.allTime", equalTo(1.0f)));
    }

    @Test
    void aDeletionSeenBeforeItsSessionStillRemovesIt() {
        String user = TestEvents.user("reordered");
        UUID session = UUID.randomUUID();
        TestEvents.publish(TestEvents.SESSION_DELETED, TestEvents.sessionDeleted(user, session));
        completed(user, session, thisWeek.monday());
        completed(user, UUID.randomUUID(), thisWeek.monday());

        awaitMe(user, me -> me.body("totals.sessions", equalTo(1)));
    }

    @Test
    void aPlanEndedEarlyStopsAskingForSessions() {
        String user = TestEvents.user("ended");
        LocalDate start = thisWeek.plusWeeks(-2).monday();
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(user, plan, routine, 2, "UTC", start, null));
        completed(user, UUID.randomUUID(), start);
        awaitMe(user, me -> me.body("thisWeek.target", equalTo(2)));

        TestEvents.publish(TestEvents.PLAN_ENDED, TestEvents.planEnded(user, plan, start.plusDays(6)));

        awaitMe(user, me -> me
                .body("thisWeek.target", equalTo(0))
                .body("adherence.allTime", org.hamcrest.Matchers.nullValue())
                .body("totals.sessions", equalTo(1)));
    }

    private void completed(String user, UUID session, LocalDate day) {
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, session, routine, plan,
                day.atTime(12, 0).toInstant(ZoneOffset.UTC), "UTC"));
    }
}
