package app.limber.bench.system;

import app.limber.bench.common.Host;
import app.limber.bench.common.Timeline;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the three system benches share: a system of their own (own work directory under the run directory,
 * free ports), users and their plans, the load, the wait until every event has arrived, and the verdict.
 */
final class SystemBench implements AutoCloseable {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    final Settings settings;
    final Log log;
    final Timeline timeline = new Timeline();
    final SystemUnderTest system;
    final HttpClient client;
    final Workload workload;
    final SystemMonitor monitor;
    final String started = Summary.now();
    final String loadAtStart = Host.loadAverage();
    /** Sessions recorded outside the measured load (the warm-up): part of the verdict too. */
    final List<UUID> extraAcknowledged = java.util.Collections.synchronizedList(new ArrayList<>());
    long warmUpSessions;
    private final ExecutorService httpPool = Executors.newFixedThreadPool(8, r -> {
        Thread thread = new Thread(r, "bench-http");
        thread.setDaemon(true);
        return thread;
    });

    private SystemBench(Settings settings, Log log, SystemUnderTest system) {
        this.settings = settings;
        this.log = log;
        this.system = system;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(httpPool)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String runId = UUID.randomUUID().toString().substring(0, 6);
        this.workload = new Workload(system.tokens(), runId, settings.users(), settings.days(), settings.planShare());
        this.monitor = new SystemMonitor(system.bootstrapServers(), system.jdbcUrl("routine"));
    }

    static SystemBench start(String name, Settings settings) throws Exception {
        Log log = new Log(name);
        Files.createDirectories(settings.runDir());
        log.info("starting PostgreSQL, Kafka and the services in " + settings.runDir().resolve("stack"));
        SystemUnderTest system = SystemUnderTest.start(settings.repository(), settings.runDir().resolve("stack"),
                settings.serviceJvmOptions(), log);
        return new SystemBench(settings, log, system);
    }

    String routineUrl() {
        return system.service("routine").baseUrl();
    }

    /**
     * Waits until routine-service takes a session (its catalog read model must have the exercises first),
     * then schedules the plans.
     */
    void warmUpAndPlans() throws Exception {
        Workload.User first = workload.users().get(0);
        extraAcknowledged.add(postUntilCreated("/sessions", first, workload.freshSession(-1, first).body(), UUID.randomUUID().toString(),
                Duration.ofSeconds(180)));
        log.info("routine-service takes sessions");
        List<Workload.User> planned = workload.plannedUsers();
        for (int i = 0; i < planned.size(); i++) {
            Workload.User user = planned.get(i);
            user.planId = postUntilCreated("/plans", user, workload.planBody(user, i), null, Duration.ofSeconds(60));
        }
        log.info(planned.size() + " plans scheduled");
    }

    /** POSTs until 201 (retrying refusals, timeouts and 5xx); a 4xx is a bug in the bench and ends it. */
    UUID postUntilCreated(String path, Workload.User user, String body, String idempotencyKey, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(routineUrl() + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + user.token)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            try {
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    Matcher id = ID.matcher(response.body());
                    if (!id.find()) {
                        throw new IllegalStateException("201 without an id: " + response.body());
                    }
                    return UUID.fromString(id.group(1));
                }
                last = response.statusCode() + " " + response.body();
            } catch (java.io.IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("POST " + path + " never answered 201; last: " + last);
    }

    SessionLoad newLoad(long sessions) {
        return new SessionLoad(routineUrl(), workload, timeline, (int) Math.min(Integer.MAX_VALUE - 8, sessions + 16));
    }

    /**
     * Returns once the progress instance at {@code progressUrl} applies events again: its applied counter
     * rises above what it was when this was called (0 for a fresh process), or nothing is left to apply.
     */
    void awaitConsuming(String progressUrl, Duration timeout) throws InterruptedException {
        double baseline = monitor.applied(progressUrl).orElse(0);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (monitor.applied(progressUrl).orElse(baseline) > baseline) {
                return;
            }
            if (monitor.consumerLag().orElse(-1) == 0 && monitor.outboxPending().orElse(-1) == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("progress-service applied nothing for " + timeout.toSeconds() + " s");
    }

    /**
     * {@code seconds} of the same load before the measured run, so that the services' JIT and connection pools
     * are warm; its sessions are part of the verdict as well.
     */
    void warmUpLoad(double rate, int seconds) throws InterruptedException {
        if (seconds <= 0) {
            return;
        }
        long sessions = (long) (rate * seconds);
        SessionLoad warmUp = newLoad(sessions);
        log.info(String.format(Locale.ROOT, "warm-up: %d s at %.0f/s", seconds, rate));
        warmUp.send(sessions, rate);
        if (!warmUp.awaitSettled(sessions, Duration.ofSeconds(120))) {
            throw new IllegalStateException("warm-up sessions did not all get their 201");
        }
        warmUp.shutdown();
        warmUp.acknowledged.values().stream().filter(id -> !warmUp.deleted.contains(id)).forEach(extraAcknowledged::add);
        warmUpSessions = sessions;
    }

    /** Every session settled, every event published and consumed; the seconds that took after the load. */
    OptionalDouble awaitSettledAndDrained(SessionLoad load, long sessions) throws InterruptedException {
        return awaitSettledAndDrained(load, sessions, load.sendEndNanos());
    }

    /** The same, timed from {@code start} (System.nanoTime()). */
    OptionalDouble awaitSettledAndDrained(SessionLoad load, long sessions, long start) throws InterruptedException {
        if (!load.awaitSettled(sessions, Duration.ofSeconds(settings.settleTimeoutSeconds()))) {
            log.info("not every session got its 201 within " + settings.settleTimeoutSeconds() + " s: "
                    + load.settled() + " of " + sessions);
        }
        log.info("all sessions answered; waiting for the outbox and the consumer to drain");
        OptionalDouble drained = monitor.awaitDrained(Duration.ofSeconds(settings.settleTimeoutSeconds()), () -> true);
        if (drained.isEmpty()) {
            log.info("outbox or consumer lag not drained within " + settings.settleTimeoutSeconds() + " s");
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((System.nanoTime() - start) / 1e9);
    }

    ExactlyOnceCheck.Result verdict(SessionLoad load, String progressUrl) throws Exception {
        return verdict(load, progressUrl, List.of());
    }

    ExactlyOnceCheck.Result verdict(SessionLoad load, String progressUrl, List<Workload.User> extraUsers) throws Exception {
        List<UUID> acknowledged = new ArrayList<>(load.acknowledged.values());
        acknowledged.addAll(extraAcknowledged);
        // deleted sessions must be gone from routine's table and from the statistics
        acknowledged.removeAll(load.deleted);
        List<Workload.User> users = new ArrayList<>(workload.users());
        users.addAll(extraUsers);
        if (!Settings.env("BENCH_CANARY", "").isEmpty()) {
            tamperWithRoutine();
        }
        log.info("checking " + users.size() + " users against the routine database");
        return new ExactlyOnceCheck(system.jdbcUrl("routine"), client)
                .check(users, workload.userPrefix(), acknowledged, progressUrl);
    }

    /**
     * BENCH_CANARY=1: proof that the verdict can fail. Behind progress-service's back (no event), one session is
     * added to routine's table for the first user and one removed for the second; the verdict must then report
     * exactly 1 lost, 1 double-counted, 1 201 missing, 1 session without a 201, and FAIL.
     */
    private void tamperWithRoutine() throws java.sql.SQLException {
        log.info("BENCH_CANARY: adding and removing a session in routine's table without events");
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(system.jdbcUrl("routine"), "postgres", "postgres");
             java.sql.PreparedStatement add = connection.prepareStatement("""
                     insert into training_session (id, user_id, routine_id, plan_id, purpose, started_at, completed_at,
                       time_zone, local_date, duration_seconds, effort, exercises, idempotency_key, request_hash, created_at)
                     select gen_random_uuid(), user_id, routine_id, plan_id, purpose, started_at, completed_at, time_zone,
                       local_date, duration_seconds, effort, exercises, null, null, now()
                     from training_session where user_id = ? limit 1""");
             java.sql.PreparedStatement remove = connection.prepareStatement(
                     "delete from training_session where id = (select id from training_session where user_id = ? limit 1)")) {
            add.setString(1, workload.users().get(0).id);
            add.executeUpdate();
            remove.setString(1, workload.users().get(1).id);
            remove.executeUpdate();
        }
    }

    static void verdictSection(Summary summary, ExactlyOnceCheck.Result result, boolean drained, List<String> extraFailures) {
        summary.heading("Verdict: exactly-once effect");
        if (!Settings.env("BENCH_CANARY", "").isEmpty()) {
            summary.paragraph("BENCH_CANARY was set: one session was added to routine's table and one removed, both "
                    + "without events, just before the check; 1 lost and 1 double-counted are the expected outcome.");
        }
        summary.table(List.of("figure", "value"), result.rows());
        if (!result.examples().isEmpty()) {
            summary.paragraph("Mismatching users (first " + result.examples().size() + "):\n\n"
                    + String.join("\n", result.examples().stream().map(e -> "- " + e).toList()));
        }
        boolean pass = result.pass() && drained && extraFailures.isEmpty();
        List<String> reasons = new ArrayList<>(extraFailures);
        if (!drained) {
            reasons.add("the outbox or the consumer lag did not drain");
        }
        summary.paragraph("**VERDICT " + (pass ? "PASS" : "FAIL") + "**" + (reasons.isEmpty() ? "" : " (" + String.join("; ", reasons) + ")"));
    }

    static boolean passed(ExactlyOnceCheck.Result result, boolean drained, List<String> extraFailures) {
        return result.pass() && drained && extraFailures.isEmpty();
    }

    void loadSection(Summary summary, SessionLoad load, long sessions, double rate) {
        double seconds = load.sendSeconds();
        summary.heading("Load: POST /sessions through routine-service");
        summary.table(List.of("figure", "value"), List.of(
                new String[] {"sessions / users", Summary.count(sessions) + " / " + Summary.count(workload.users().size())},
                new String[] {"users with a plan", Summary.count(workload.plannedUsers().size())},
                new String[] {"target rate", String.format(Locale.ROOT, "%.0f/s", rate)},
                new String[] {"warm-up before the measured run (same rate, in the verdict too)", Summary.count(warmUpSessions) + " sessions"},
                new String[] {"achieved rate: 201s from the first due time to the last 201", String.format(Locale.ROOT, "%.0f/s",
                        load.sustainedRate())},
                new String[] {"sending took (longer than planned when the request slots were all taken)",
                        String.format(Locale.ROOT, "%.1f s", seconds)},
                new String[] {"201 (sessions recorded)", Summary.count(load.accepted.get())},
                new String[] {"of which replays of an earlier attempt (Idempotent-Replayed: true)", Summary.count(load.replayed.get())},
                new String[] {"of which deleted again (DELETE /sessions/{id}, every " + Settings.env("BENCH_DELETE_EVERY", "50") + "th)",
                        Summary.count(load.deleted.size())},
                new String[] {"sessions that needed a retry", Summary.count(load.retriedSessions.get())},
                new String[] {"failed attempts (refused, timed out, 5xx; all retried)", Summary.count(load.failedAttempts.get())},
                new String[] {"rejected (4xx, not retried)", Summary.count(load.rejected.get())},
                new String[] {"sends that waited for one of the " + SessionLoad.MAX_IN_FLIGHT + " request slots",
                        Summary.count(load.capped.get())},
                new String[] {"latency due → 201, p50 / p99 / max (ms)", Summary.ms(load.percentile(0.5)) + " / "
                        + Summary.ms(load.percentile(0.99)) + " / " + Summary.ms(load.percentile(1.0))}));
        if (!load.rejections.isEmpty()) {
            summary.paragraph("Rejections: " + String.join(" · ", load.rejections));
        }
    }

    void finish(Summary summary, SessionLoad load) throws Exception {
        load.writeSeries(timeline);
        timeline.write(settings.runDir());
        summary.write(settings.runDir());
    }

    @Override
    public void close() {
        monitor.close();
        system.close();
        httpPool.shutdownNow();
    }
}
