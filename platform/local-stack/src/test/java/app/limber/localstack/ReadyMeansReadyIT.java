package app.limber.localstack;

import app.limber.infra.FileTrees;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "Ready" means ready: on a stack started fresh, as {@code ./limber up --fresh} starts it, the very first
 * session sent the moment the stack reports ready is recorded, with exercises of the catalog's seed.
 */
class ReadyMeansReadyIT {

    /** "7 Hip Mobility Exercises for Runners": template ids are derived from the slug, the same everywhere. */
    private static final String WARM_UP = "f8f6e0ed-8fdb-3cde-9091-68b0b2d2d8ea";

    @Test
    void theFirstSessionAfterAFreshStartIsRecorded() throws Exception {
        Path workDir = TestStacks.newWorkDir();
        LocalStack stack = new LocalStack(TestStacks.options(workDir, "--fresh"), new Progress(System.out)).start();
        HttpResponse<String> first;
        try {
            first = recordSession(new StackClient(stack));
        } finally {
            stack.close();
        }
        assertEquals(201, first.statusCode(), "first POST /sessions after ready: " + first.body());
        FileTrees.deleteRecursively(workDir);
    }

    private static HttpResponse<String> recordSession(StackClient stack) {
        Instant completedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String body = """
                {"routineId": "%s", "startedAt": "%s", "completedAt": "%s", "timeZone": "Europe/Berlin",
                 "exercises": [{"exerciseSlug": "leg-swings", "side": "both", "setsDone": 1, "repsDone": 12},
                               {"exerciseSlug": "clamshells", "side": "left", "setsDone": 2, "repsDone": 15}]}"""
                .formatted(WARM_UP, completedAt.minus(10, ChronoUnit.MINUTES), completedAt);
        return stack.send(stack.request("routine", "/sessions")
                .header("Authorization", "Bearer " + stack.token("ready-" + UUID.randomUUID(), "athlete"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }
}
