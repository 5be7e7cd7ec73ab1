package app.limber.progress.coach;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import app.limber.progress.FixedClock;
import app.limber.progress.TestEvents;
import app.limber.progress.messaging.CoachAlertEvents;
import app.limber.progress.service.CoachAlertSweep;
import app.limber.testing.Database;
import app.limber.testing.KafkaTopicProbe;
import app.limber.testing.contracts.EventContracts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * Silence is what time alone brings: the sweep opens it at instants the test chooses. The service's clock stands at
 * Monday 2026-11-23 07:30 UTC; each athlete has a plan of 3 a week in UTC since Monday 2026-11-16 and trained last on
 * Saturday 2026-11-21.
 */
@QuarkusTest
@TestProfile(FixedClock.Profile.class)
class SilenceSweepTest {

    /** The fixed clock's application start first reads the topics from their start (every earlier test's events). */
    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final Instant TUESDAY = Instant.parse("2026-11-24T08:00:00Z");
    private static final Instant WEDNESDAY = Instant.parse("2026-11-25T08:00:00Z");
    private static final Instant SUNDAY = Instant.parse("2026-11-29T08:00:00Z");

    @Inject
    CoachAlertSweep sweep;

    @Test
    void silenceOpensLowAfterThreeDaysThenHighAfterSevenEachPublishedOnce() {
        String coach = TestEvents.user("sweep-coach");
        String athlete = coachedAthleteWithAPlan(coach, null);

        sweep.sweep(TUESDAY);
        assertEquals(List.of(), open(athlete), "3 days are not more than 3");
        sweep.sweep(WEDNESDAY);
        sweep.sweep(WEDNESDAY.plus(Duration.ofHours(1)));
        sweep.sweep(WEDNESDAY.plus(Duration.ofHours(1)));
        assertEquals(List.of(List.of("silence", "low")), open(athlete));

        sweep.sweep(SUNDAY);
        assertEquals(List.of(List.of("silence", "high")), open(athlete), "the low alert cleared as the high one opened");
        List<ConsumerRecord<String, String>> events = KafkaTopicProbe.awaitRecords(CoachAlertEvents.TOPIC,
                record -> coach.equals(record.key()), 2, DEADLINE);
        events.forEach(event -> assertEquals(List.of(), EventContracts.validate(CoachAlertEvents.OPENED, event.value())));
        assertEquals(List.of("low", "high"), events.stream()
                .map(event -> JsonPath.from(event.value()).getString("level")).toList());
        Coaching.get(coach, "/coach/athletes/" + athlete + "/alerts").statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].level", equalTo("high"))
                .body("items[0].detail.silentDays", equalTo(8))
                .body("items[1].status", equalTo("cleared"))
                .body("items[1].clearReason", equalTo("condition-cleared"));
    }

    @Test
    void nothingIsSilentDuringAPause() {
        String coach = TestEvents.user("pause-coach");
        String athlete = coachedAthleteWithAPlan(coach, LocalDate.parse("2026-11-24"));

        sweep.sweep(WEDNESDAY);
        sweep.sweep(SUNDAY);

        assertEquals(List.of(), open(athlete));
        assertEquals(0, Database.count("select count(*) from coach_alert where athlete_id = ?", athlete));
    }

    @Test
    void aPlanScheduledAfterItsStartIsSilentOnlyFromTheDayItWasScheduled() {
        String coach = TestEvents.user("late-plan-coach");
        String athlete = TestEvents.user("late-plan");
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(athlete, UUID.randomUUID(),
                UUID.randomUUID(), 3, "UTC", LocalDate.parse("2026-11-16"), null, Instant.parse("2026-11-25T10:00:00Z")));
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(athlete, coach, "view-progress"));
        Awaitility.await().atMost(DEADLINE).until(() -> Database.count(
                "select count(*) from coach_alert_schedule where athlete_id = ?", athlete) == 1
                && Database.count("select count(*) from user_plan where user_id = ?", athlete) == 1);

        sweep.sweep(Instant.parse("2026-11-26T08:00:00Z"));
        assertEquals(List.of(), open(athlete), "ten days into the plan, but a day after it was scheduled");
        sweep.sweep(SUNDAY);
        assertEquals(List.of(List.of("silence", "low")), open(athlete), "five days after the day before it was scheduled");
    }

    /** An athlete granting {@code coach} view-progress, paused from {@code pausedFrom} to Monday 11-30 when given. */
    private static String coachedAthleteWithAPlan(String coach, LocalDate pausedFrom) {
        String athlete = TestEvents.user("silent");
        UUID routine = UUID.randomUUID();
        UUID plan = UUID.randomUUID();
        TestEvents.publish(TestEvents.PLAN_SCHEDULED, TestEvents.planScheduled(athlete, plan, routine, 3, "UTC",
                LocalDate.parse("2026-11-16"), null));
        if (pausedFrom != null) {
            TestEvents.publish(TestEvents.PLAN_PAUSED, TestEvents.planPaused(athlete, plan, UUID.randomUUID(), pausedFrom,
                    LocalDate.parse("2026-11-30")));
        }
        TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(athlete, UUID.randomUUID(), routine,
                plan, LocalDate.parse("2026-11-21").atTime(12, 0).toInstant(ZoneOffset.UTC), "UTC"));
        TestEvents.publish(TestEvents.COACHING_GRANTED, TestEvents.coachingGranted(athlete, coach, "view-progress"));
        Awaitility.await().atMost(DEADLINE).until(() -> Database.count(
                "select count(*) from coach_alert_schedule where athlete_id = ?", athlete) == 1
                && Database.count("select count(*) from session_completed where user_id = ?", athlete) == 1
                && (pausedFrom == null || Database.count("select count(*) from user_plan_pause where user_id = ?",
                athlete) == 1));
        return athlete;
    }

    /** Kind and level of the athlete's open alerts. */
    private static List<List<String>> open(String athlete) {
        return Database.rows("select kind, level from coach_alert where athlete_id = ? and cleared_at is null"
                + " and acknowledged_at is null order by opened_at", athlete);
    }
}
