package app.limber.progress.messaging;

import static app.limber.progress.Progress.awaitMe;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.limber.progress.Progress;
import app.limber.progress.TestEvents;
import app.limber.testing.Database;
import io.quarkus.test.junit.QuarkusTest;

/** Stopping the consumer in the middle of a stream and starting it again loses nothing and doubles nothing. */
@QuarkusTest
class ConsumerRestartTest {

    private static final int EVENTS = 40;

    @Inject
    ProgressConsumer consumer;

    @AfterEach
    void running() {
        consumer.start();
    }

    @Test
    void aRestartMidStreamResumesFromTheCommittedOffsets() {
        String user = TestEvents.user("restart");
        CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < EVENTS; i++) {
                TestEvents.publish(TestEvents.SESSION_COMPLETED, TestEvents.sessionCompleted(user, UUID.randomUUID(),
                        UUID.randomUUID(), null, Instant.now().minusSeconds(60L * (i + 1)), "UTC"));
            }
        });
        await().atMost(Progress.DEADLINE).until(() -> Database.count("select count(*) from applied_session where user_id = ?", user) > 0);

        consumer.stop();
        consumer.start();
        stream.join();

        awaitMe(user, me -> me.body("totals.sessions", equalTo(EVENTS)));
        assertEquals(EVENTS, Database.count("select count(*) from applied_session where user_id = ?", user));
        assertEquals(EVENTS, Database.count("select sum(sessions) from day_tally where user_id = ?", user));
    }
}
