package app.limber.bench.system;

import app.limber.infra.TokenSigner;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The bench's users and what they post. Each session is generated once, with its own Idempotency-Key, and
 * every retry sends exactly the same bytes (a retry with another body would be a 422, not a replay).
 *
 * <p>Sessions are back-dated over the last {@code days} days, denser towards today (so current and longest
 * streaks differ), in the user's own zone; some users have a plan for the routine, and about half of their
 * sessions name it (the rest are attributed to it by progress-service, or not, by its own rules).
 */
final class Workload {

    /** The seeded warm-up template: same id everywhere (derived from its slug). */
    static final UUID ROUTINE = UUID.nameUUIDFromBytes("limber:routine-template:hip-mobility-exercises-for-runners"
            .getBytes(StandardCharsets.UTF_8));
    private static final List<String> ZONES = List.of("Europe/Berlin", "America/New_York", "Asia/Tokyo", "UTC",
            "Australia/Sydney", "America/Los_Angeles");

    /** A bench user; {@code planId} is set once its plan was scheduled. */
    static final class User {
        final String id;
        final String token;
        final ZoneId zone;
        volatile UUID planId;

        User(String id, String token, ZoneId zone) {
            this.id = id;
            this.token = token;
            this.zone = zone;
        }
    }

    record Session(long sequence, User user, String idempotencyKey, String body) {
    }

    private final String prefix;
    private final List<User> users;
    private final int days;
    private final double planShare;
    private final Random random = new Random(42);

    Workload(TokenSigner tokens, String runId, int userCount, int days, double planShare) {
        this.prefix = "bench-" + runId + "-";
        this.days = days;
        this.planShare = planShare;
        List<User> list = new ArrayList<>(userCount);
        for (int i = 0; i < userCount; i++) {
            String id = prefix + "u" + i;
            list.add(new User(id, tokens.sign(id, List.of("athlete"), Duration.ofHours(24)), ZoneId.of(ZONES.get(i % ZONES.size()))));
        }
        this.users = List.copyOf(list);
    }

    /** A user outside {@link #users()} (the freshness probes), in UTC and without a plan. */
    User extraUser(TokenSigner tokens, String name) {
        String id = prefix + name;
        return new User(id, tokens.sign(id, List.of("athlete"), Duration.ofHours(24)), ZoneId.of("UTC"));
    }

    /** Every user id of this run starts with this (the verdict reads the routine database by it). */
    String userPrefix() {
        return prefix;
    }

    List<User> users() {
        return users;
    }

    /** The users who get a plan: every user whose index falls in the first {@code planShare} of each ten. */
    List<User> plannedUsers() {
        List<User> planned = new ArrayList<>();
        for (int i = 0; i < users.size(); i++) {
            if (i % 10 < Math.round(planShare * 10)) {
                planned.add(users.get(i));
            }
        }
        return planned;
    }

    String planBody(User user, int index) {
        LocalDate startsOn = LocalDate.now(user.zone).minusDays(days + 7);
        return """
                {"routineId":"%s","weeklyTarget":%d,"timeZone":"%s","startsOn":"%s"}"""
                .formatted(ROUTINE, 2 + index % 4, user.zone.getId(), startsOn);
    }

    /** Session number {@code sequence} of the run, for user {@code sequence mod users}. */
    synchronized Session session(long sequence) {
        User user = users.get((int) (sequence % users.size()));
        double r = random.nextDouble();
        long daysBack = (long) (days * r * r);
        Instant completed = Instant.now().truncatedTo(ChronoUnit.MILLIS)
                .minus(daysBack, ChronoUnit.DAYS).minusSeconds(60 + random.nextInt(20 * 3600));
        boolean namesPlan = user.planId != null && random.nextBoolean();
        return new Session(sequence, user, UUID.randomUUID().toString(), body(completed, user, namesPlan ? user.planId : null,
                300 + random.nextInt(1500)));
    }

    /** A session completed a minute ago: what the freshness probes post. */
    Session freshSession(long sequence, User user) {
        return new Session(sequence, user, UUID.randomUUID().toString(),
                body(Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(60), user, null, 600));
    }

    private static String body(Instant completed, User user, UUID planId, int durationSeconds) {
        String plan = planId == null ? "" : "\"planId\":\"" + planId + "\",";
        return """
                {"routineId":"%s",%s"startedAt":"%s","completedAt":"%s","timeZone":"%s","effort":5,
                 "exercises":[{"exerciseSlug":"leg-swings","side":"both","setsDone":1,"repsDone":12,"completed":true},
                              {"exerciseSlug":"clamshells","side":"left","setsDone":1,"repsDone":15,"completed":true}]}"""
                .formatted(ROUTINE, plan, completed.minusSeconds(durationSeconds), completed, user.zone.getId());
    }
}
