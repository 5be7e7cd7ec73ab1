package app.limber.routine.support;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Session request bodies. */
public final class Sessions {

    private Sessions() {
    }

    /** A warm-up done yesterday evening in Los Angeles, 12 minutes 15 seconds long, with or without a plan. */
    public static String body(String planId) {
        Instant completed = TestClock.NOW.minus(1, ChronoUnit.DAYS);
        return body(planId, completed.minusSeconds(735), completed, "America/Los_Angeles");
    }

    public static String body(String planId, Instant startedAt, Instant completedAt, String timeZone) {
        return """
                {"routineId":"%s",%s"startedAt":"%s","completedAt":"%s","timeZone":"%s","effort":6,
                 "exercises":[
                   {"exerciseSlug":"leg-swings","side":"both","setsDone":1,"repsDone":12,"holdSeconds":0,"completed":true},
                   {"exerciseSlug":"clamshells","side":"left","setsDone":1,"repsDone":15,"completed":true},
                   {"exerciseSlug":"clamshells","side":"right","setsDone":1,"repsDone":12,"completed":false}]}"""
                .formatted(Plans.WARM_UP_TEMPLATE, planId == null ? "" : "\"planId\":\"" + planId + "\",",
                        startedAt, completedAt, timeZone);
    }
}
