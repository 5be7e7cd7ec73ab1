package app.limber.bench.system;

import app.limber.progress.domain.PlanFact;
import app.limber.progress.domain.ProgressSummary;
import app.limber.progress.domain.SessionFact;
import app.limber.progress.domain.TodayZone;
import app.limber.progress.domain.UserFacts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The verdict: every user's {@code GET /progress/me} against an offline recomputation from routine-service's
 * own tables (its sessions and plans, read over JDBC).
 *
 * <p>Session counts and minutes are summed straight from {@code training_session}, independently of
 * progress-service's code; lost = sessions routine has and progress does not count, double-counted = the
 * reverse, per user. Streaks, the running week and adherence are recomputed with progress-service's pure
 * domain functions from the same rows: the point is to catch lost or duplicated events, which change those
 * figures too, not to re-derive the rules. It also checks the client side: every session the bench got a
 * 201 for is in routine's table, and routine holds no more sessions than the bench meant to record (a retry
 * recorded twice would show there).
 */
final class ExactlyOnceCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double EPSILON = 1e-9;

    record Result(int usersChecked, long routineSessions, long progressSessions, long lost, long doubleCounted,
                  int mismatchingUsers, List<String> examples, long acknowledgedMissingInRoutine,
                  long routineSessionsNotAcknowledged, long expectedSessions) {

        boolean pass() {
            return lost == 0 && doubleCounted == 0 && mismatchingUsers == 0 && acknowledgedMissingInRoutine == 0
                    && routineSessions == expectedSessions && routineSessionsNotAcknowledged == 0;
        }

        List<String[]> rows() {
            return List.of(
                    new String[] {"users checked", String.valueOf(usersChecked)},
                    new String[] {"sessions the bench recorded (201) and did not delete", String.valueOf(expectedSessions)},
                    new String[] {"sessions in routine DB", String.valueOf(routineSessions)},
                    new String[] {"sessions counted by progress", String.valueOf(progressSessions)},
                    new String[] {"lost (in routine; not counted by progress)", String.valueOf(lost)},
                    new String[] {"double-counted (counted by progress beyond routine)", String.valueOf(doubleCounted)},
                    new String[] {"201s missing from routine DB", String.valueOf(acknowledgedMissingInRoutine)},
                    new String[] {"routine sessions without a 201 to the bench", String.valueOf(routineSessionsNotAcknowledged)},
                    new String[] {"users whose /progress/me differs from the recomputation", String.valueOf(mismatchingUsers)});
        }
    }

    private final String routineJdbc;
    private final HttpClient http;

    ExactlyOnceCheck(String routineJdbc, HttpClient http) {
        this.routineJdbc = routineJdbc;
        this.http = http;
    }

    Result check(Collection<Workload.User> users, String userPrefix, Collection<UUID> acknowledged, String progressBaseUrl)
            throws Exception {
        Map<String, List<SessionFact>> sessions = new HashMap<>();
        Map<String, long[]> sums = new HashMap<>();
        Map<String, List<PlanFact>> plans = new HashMap<>();
        Set<UUID> routineIds = new HashSet<>();
        readRoutine(userPrefix, sessions, sums, plans, routineIds);

        long routineSessions = routineIds.size();
        long progressSessions = 0;
        long lost = 0;
        long doubled = 0;
        int mismatching = 0;
        List<String> examples = new ArrayList<>();
        for (Workload.User user : users) {
            JsonNode actual = progressOf(user, progressBaseUrl);
            long[] sum = sums.getOrDefault(user.id, new long[2]);
            long counted = actual.path("totals").path("sessions").asLong();
            progressSessions += counted;
            lost += Math.max(0, sum[0] - counted);
            doubled += Math.max(0, counted - sum[0]);

            List<PlanFact> userPlans = plans.getOrDefault(user.id, List.of());
            UserFacts facts = new UserFacts(userPlans, sessions.getOrDefault(user.id, List.of()));
            LocalDate today = TodayZone.today(userPlans, user.zone, Instant.now());
            ProgressSummary expected = ProgressSummary.of(user.id, facts, today);
            List<String> differences = differences(actual, expected, sum);
            if (!differences.isEmpty()) {
                mismatching++;
                if (examples.size() < 5) {
                    examples.add(user.id + ": " + String.join("; ", differences));
                }
            }
        }
        long missing = acknowledged.stream().filter(id -> !routineIds.contains(id)).count();
        Set<UUID> acked = new HashSet<>(acknowledged);
        long unacknowledged = routineIds.stream().filter(id -> !acked.contains(id)).count();
        return new Result(users.size(), routineSessions, progressSessions, lost, doubled, mismatching, examples, missing,
                unacknowledged, acked.size());
    }

    private void readRoutine(String prefix, Map<String, List<SessionFact>> sessions, Map<String, long[]> sums,
                             Map<String, List<PlanFact>> plans, Set<UUID> ids) throws SQLException {
        try (Connection connection = DriverManager.getConnection(routineJdbc, "postgres", "postgres")) {
            try (PreparedStatement query = connection.prepareStatement(
                    "select user_id, count(*), coalesce(sum(duration_seconds), 0) from training_session"
                            + " where user_id like ? group by user_id")) {
                query.setString(1, prefix + "%");
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        sums.put(rows.getString(1), new long[] {rows.getLong(2), rows.getLong(3)});
                    }
                }
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "select id, user_id, routine_id, plan_id, completed_at, time_zone, local_date, duration_seconds"
                            + " from training_session where user_id like ?")) {
                query.setString(1, prefix + "%");
                query.setFetchSize(5000);
                connection.setAutoCommit(false);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        ids.add(id);
                        sessions.computeIfAbsent(rows.getString(2), u -> new ArrayList<>()).add(new SessionFact(id,
                                rows.getObject(3, UUID.class), rows.getObject(4, UUID.class),
                                rows.getObject(5, OffsetDateTime.class).toInstant(), ZoneId.of(rows.getString(6)),
                                rows.getObject(7, LocalDate.class), rows.getInt(8), List.of()));
                    }
                }
                connection.commit();
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "select id, user_id, routine_id, weekly_target, time_zone, starts_on, ends_on from plan where user_id like ?")) {
                query.setString(1, prefix + "%");
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        plans.computeIfAbsent(rows.getString(2), u -> new ArrayList<>()).add(new PlanFact(
                                rows.getObject(1, UUID.class), rows.getObject(3, UUID.class), rows.getInt(4),
                                ZoneId.of(rows.getString(5)), rows.getObject(6, LocalDate.class),
                                rows.getObject(7, LocalDate.class)));
                    }
                }
            }
        }
    }

    private JsonNode progressOf(Workload.User user, String baseUrl) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/progress/me"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + user.token)
                .GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET /progress/me for " + user.id + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    private static List<String> differences(JsonNode actual, ProgressSummary expected, long[] sum) {
        List<String> out = new ArrayList<>();
        compare(out, "totals.sessions", actual.path("totals").path("sessions").asLong(), sum[0]);
        compare(out, "totals.minutes", actual.path("totals").path("minutes").asLong(), sum[1] / 60);
        compare(out, "dailyStreak.current", actual.path("dailyStreak").path("current").asLong(), expected.dailyStreak().current());
        compare(out, "dailyStreak.longest", actual.path("dailyStreak").path("longest").asLong(), expected.dailyStreak().longest());
        compare(out, "weeklyStreak.current", actual.path("weeklyStreak").path("current").asLong(), expected.weeklyStreak().current());
        compare(out, "weeklyStreak.longest", actual.path("weeklyStreak").path("longest").asLong(), expected.weeklyStreak().longest());
        compare(out, "thisWeek.done", actual.path("thisWeek").path("done").asLong(), expected.thisWeek().done());
        compare(out, "thisWeek.target", actual.path("thisWeek").path("target").asLong(), expected.thisWeek().target());
        compareShare(out, "adherence.last4Weeks", actual.path("adherence").path("last4Weeks"), expected.adherence().last4Weeks());
        compareShare(out, "adherence.allTime", actual.path("adherence").path("allTime"), expected.adherence().allTime());
        return out;
    }

    private static void compare(List<String> out, String field, long actual, long expected) {
        if (actual != expected) {
            out.add(field + " " + actual + " (expected " + expected + ")");
        }
    }

    private static void compareShare(List<String> out, String field, JsonNode actual, Double expected) {
        Double value = actual.isNull() || actual.isMissingNode() ? null : actual.asDouble();
        boolean same = Objects.equals(value, expected)
                || (value != null && expected != null && Math.abs(value - expected) < EPSILON);
        if (!same) {
            out.add(field + " " + value + " (expected " + expected + ")");
        }
    }
}
