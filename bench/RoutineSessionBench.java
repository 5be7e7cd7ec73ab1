import app.limber.bench.system.LoadClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * POST /sessions at a constant arrival rate: finds the highest rate whose p99 stays under the goal, measures
 * the same transaction straight on the database for comparison, and reads the outbox publish lag.
 * Run through bench/routine-sessions.sh (it finds the stack, the key and the PostgreSQL driver).
 *
 * Latency is measured from the moment a request was due, not from when it was sent, so a server that
 * falls behind is charged for the queue it causes (no coordinated omission).
 */
public class RoutineSessionBench {

    static final String BASE = env("BENCH_BASE", "http://localhost:8082");
    static final String JDBC = env("BENCH_JDBC", "jdbc:postgresql://localhost:5432/routine");
    static final String JDBC_USER = env("BENCH_JDBC_USER", "postgres");
    static final String JDBC_PASSWORD = env("BENCH_JDBC_PASSWORD", "postgres");
    static final Path KEY = Path.of(env("BENCH_KEY", ".limber/keys/private-key.pem"));
    static final int STEP_SECONDS = Integer.parseInt(env("BENCH_STEP_SECONDS", "30"));
    static final double P99_GOAL_MS = Double.parseDouble(env("BENCH_P99_MS", "50"));
    static final int START_RATE = Integer.parseInt(env("BENCH_START_RATE", "50"));
    static final int RAW_THREADS = Integer.parseInt(env("BENCH_RAW_THREADS", "8"));
    static final int RAW_SECONDS = Integer.parseInt(env("BENCH_RAW_SECONDS", "15"));
    static final int WARMUP_SECONDS = Integer.parseInt(env("BENCH_WARMUP_SECONDS", "60"));
    static final int FIXED_RATE = Integer.parseInt(env("BENCH_FIXED_RATE", "0"));
    static final int CONNECTIONS = Integer.parseInt(env("BENCH_CONNECTIONS", "64"));
    /** The run directory for bench/report.sh (bench/README.md, "Reports"); routine-sessions.sh sets it. */
    static final String OUT = env("BENCH_OUT", "");
    static final List<String> SERIES = new ArrayList<>(List.of("t_s,panel,series,value"));
    static final List<String> EVENTS = new ArrayList<>(List.of("t_s,label"));
    /** When the measured run started (after the warm-up); steps before it are not recorded. */
    static long measuredFrom = -1;
    static final Instant STARTED = Instant.now();
    static final int USERS = 200;
    /** The seeded warm-up template: same id everywhere (derived from its slug). */
    static final UUID ROUTINE = UUID.nameUUIDFromBytes("limber:routine-template:hip-mobility-exercises-for-runners"
            .getBytes(StandardCharsets.UTF_8));
    static final String RUN = UUID.randomUUID().toString().substring(0, 6);

    record Step(int rate, int sent, int ok, int failed, double p50, double p99, double max, double lagP50, double lagP99) {
        boolean meetsGoal() {
            return failed == 0 && p99 < P99_GOAL_MS;
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> tokens = new ArrayList<>();
        PrivateKey key = privateKey(KEY);
        for (int i = 0; i < USERS; i++) {
            tokens.add(token(key, "bench-" + RUN + "-" + i));
        }
        LoadClient client = new LoadClient(URI.create(BASE), CONNECTIONS);

        // rising rates, so that the JIT has compiled the hot paths for the rates measured later: a C2 compilation
        // burst inside a measured step would decide its p99
        int[] warmupRates = Arrays.stream(env("BENCH_WARMUP_RATES", "100,200,400,800").split(",")).mapToInt(r -> Integer.parseInt(r.trim()))
                .toArray();
        int warmupStep = Math.max(1, WARMUP_SECONDS / warmupRates.length);
        for (int warmupRate : warmupRates) {
            System.err.printf("routine-sessions: warm-up, %d s at %d/s%n", warmupStep, warmupRate);
            run(client, tokens, warmupRate, warmupStep);
        }
        measuredFrom = System.nanoTime();
        if (FIXED_RATE > 0) {
            // one step at a given rate, e.g. while a profiler records the service
            Step step = run(client, tokens, FIXED_RATE, STEP_SECONDS);
            report(step);
            writeRun(conditions() + "\n" + stepTable(List.of(step)));
            client.close();
            return;
        }

        List<Step> steps = new ArrayList<>();
        Step best = null;
        Step worst = null;
        int rate = START_RATE;
        while (true) {
            Step step = run(client, tokens, rate, STEP_SECONDS);
            steps.add(step);
            report(step);
            if (step.meetsGoal()) {
                best = step;
                rate *= 2;
            } else {
                worst = step;
                break;
            }
        }
        int low = best == null ? 0 : best.rate();
        int high = worst.rate();
        while (high - low > Math.max(10, high / 10)) {
            int mid = (low + high) / 2;
            Step step = run(client, tokens, mid, STEP_SECONDS);
            steps.add(step);
            report(step);
            if (step.meetsGoal()) {
                best = step;
                low = mid;
            } else {
                high = mid;
            }
        }
        System.err.printf("routine-sessions: raw transaction on the database, 1 and %d threads, %d s each%n", RAW_THREADS, RAW_SECONDS);
        double rawSerial = rawTransactionsPerSecond(1);
        double raw = rawTransactionsPerSecond(RAW_THREADS);
        client.close();

        int bestRate = best == null ? 0 : best.rate();
        StringBuilder md = new StringBuilder(conditions()).append("\n").append(stepTable(steps)).append("\n");
        md.append(String.format(Locale.ROOT, "highest rate with p99 < %.0f ms: %d req/s%n%n", P99_GOAL_MS, bestRate));
        md.append(String.format(Locale.ROOT, "same transaction straight on PostgreSQL: %.0f tx/s on one connection, %.0f tx/s on %d%n%n",
                rawSerial, raw, RAW_THREADS));
        md.append(String.format(Locale.ROOT, "ratio: %.2f against one connection (goal >= 0.50: %s), %.2f against %d (%s)%n",
                bestRate / rawSerial, bestRate / rawSerial >= 0.5 ? "met" : "**not met**",
                bestRate / raw, RAW_THREADS, bestRate / raw >= 0.5 ? "met" : "**not met**"));
        if (best != null) {
            md.append(String.format(Locale.ROOT, "%noutbox publish lag at %d req/s (commit -> broker ack): p50 %.1f ms, p99 %.1f ms%n",
                    best.rate(), best.lagP50(), best.lagP99()));
        }
        System.out.println();
        System.out.print(md);
        writeRun(md.toString());
    }

    static String conditions() {
        return String.format(Locale.ROOT, "Started %s UTC against %s on %d cores, load average %s; steps of %d s at a constant"
                        + " arrival rate after a %d s warm-up at rising rates, latency counted from each request's due time. The chart has one"
                        + " point per second of the steps (requests grouped by the second they were due in) and the outbox lag"
                        + " read after each step.%n",
                STARTED.truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ').replace("Z", ""),
                BASE, Runtime.getRuntime().availableProcessors(), loadAverage(), STEP_SECONDS, WARMUP_SECONDS);
    }

    static String stepTable(List<Step> steps) {
        StringBuilder md = new StringBuilder("| rate (req/s) | sent | 201 | failed | p50 ms | p99 ms | max ms | outbox lag p50 ms | lag p99 ms |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (Step s : steps) {
            md.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", s.rate(), s.sent(),
                    s.ok(), s.failed(), s.p50(), s.p99(), s.max(), s.lagP50(), s.lagP99()));
        }
        return md.toString();
    }

    static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (Exception e) {
            return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static void writeRun(String summary) throws Exception {
        if (OUT.isEmpty()) {
            return;
        }
        Path dir = Files.createDirectories(Path.of(OUT));
        Files.write(dir.resolve("series.csv"), SERIES);
        Files.write(dir.resolve("events.csv"), EVENTS);
        Files.writeString(dir.resolve("summary.md"), summary);
    }

    /** A point per second of a step: requests due in that second that got 201, and their latency p50/p99. */
    static void recordStep(long start, int rate, int seconds, List<long[]> samples, Step step) {
        if (measuredFrom < 0) {
            return;
        }
        double offset = (start - measuredFrom) / 1e9;
        EVENTS.add(String.format(Locale.ROOT, "%.2f,%d/s", offset, rate));
        List<List<Long>> bySecond = new ArrayList<>();
        int[] created = new int[seconds];
        for (int k = 0; k < seconds; k++) {
            bySecond.add(new ArrayList<>());
        }
        for (long[] sample : samples) {
            int k = (int) Math.min(seconds - 1, Math.max(0, (sample[0] - start) / 1_000_000_000L));
            bySecond.get(k).add(sample[1]);
            created[k] += (int) sample[2];
        }
        for (int k = 0; k < seconds; k++) {
            String t = String.format(Locale.ROOT, "%.2f", offset + k + 1);
            long[] sorted = bySecond.get(k).stream().mapToLong(Long::longValue).sorted().toArray();
            SERIES.add(t + ",throughput (req/s),offered," + rate);
            SERIES.add(t + ",throughput (req/s),201 Created," + created[k]);
            if (sorted.length > 0) {
                SERIES.add(String.format(Locale.ROOT, "%s,latency from due time (ms),p50,%.2f", t, percentile(sorted, 0.50)));
                SERIES.add(String.format(Locale.ROOT, "%s,latency from due time (ms),p99,%.2f", t, percentile(sorted, 0.99)));
            }
        }
        String end = String.format(Locale.ROOT, "%.2f", offset + seconds);
        if (!Double.isNaN(step.lagP50())) {
            SERIES.add(String.format(Locale.ROOT, "%s,outbox publish lag (ms),p50,%.2f", end, step.lagP50()));
            SERIES.add(String.format(Locale.ROOT, "%s,outbox publish lag (ms),p99,%.2f", end, step.lagP99()));
        }
    }

    static void report(Step s) {
        System.err.printf(Locale.ROOT, "routine-sessions: %d/s for %d s: %d sent, %d failed, p50 %.1f ms, p99 %.1f ms -> %s%n",
                s.rate(), STEP_SECONDS, s.sent(), s.failed(), s.p50(), s.p99(), s.meetsGoal() ? "ok" : "over");
    }

    static Step run(LoadClient client, List<String> tokens, int rate, int seconds) throws InterruptedException {
        int total = rate * seconds;
        long period = TimeUnit.SECONDS.toNanos(1) / rate;
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        CountDownLatch answered = new CountDownLatch(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            byte[] request = client.request("POST", "/sessions", Map.of("Authorization", "Bearer " + tokens.get(i % tokens.size()),
                    "Idempotency-Key", UUID.randomUUID().toString()), sessionBody());
            client.submit(request, response -> {
                samples.add(new long[] {due, System.nanoTime() - due, response.status() == 201 ? 1 : 0});
                answered.countDown();
            });
        }
        // whatever is not answered by then counts as failed
        answered.await(60, TimeUnit.SECONDS);
        List<long[]> done = new ArrayList<>(samples);
        long[] sorted = done.stream().mapToLong(s -> s[1]).sorted().toArray();
        int ok = (int) done.stream().filter(s -> s[2] == 1).count();
        int failed = total - ok;
        // the service's timer keeps percentiles over the last minute or two: read it right after the step
        double lagP50 = Double.NaN;
        double lagP99 = Double.NaN;
        try {
            String metrics = get(BASE + "/q/metrics");
            lagP50 = metric(metrics, "limber_outbox_publish_lag_seconds", "0.5") * 1000;
            lagP99 = metric(metrics, "limber_outbox_publish_lag_seconds", "0.99") * 1000;
        } catch (Exception e) {
            System.err.println("routine-sessions: no metrics: " + e.getMessage());
        }
        Step step = new Step(rate, total, ok, failed, percentile(sorted, 0.50), percentile(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, lagP50, lagP99);
        recordStep(start, rate, seconds, done, step);
        return step;
    }

    static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    static String sessionBody() {
        Instant completed = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(60);
        return """
                {"routineId":"%s","startedAt":"%s","completedAt":"%s","timeZone":"Europe/Berlin","effort":5,
                 "exercises":[{"exerciseSlug":"leg-swings","side":"both","setsDone":1,"repsDone":12,"completed":true},
                              {"exerciseSlug":"clamshells","side":"left","setsDone":1,"repsDone":15,"completed":true}]}"""
                .formatted(ROUTINE, completed.minusSeconds(600), completed);
    }

    /**
     * What POST /sessions does in its transaction, without HTTP, JSON, security and Hibernate: read the
     * routine and the exercises, insert the session and its outbox row, commit. The outbox rows are
     * inserted as already published so the relay leaves them alone; every row is deleted afterwards.
     */
    static double rawTransactionsPerSecond(int threadCount) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(RAW_SECONDS);
        String user = "bench-raw-" + RUN;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < threadCount; t++) {
            Thread thread = new Thread(() -> {
                try (Connection c = DriverManager.getConnection(JDBC, JDBC_USER, JDBC_PASSWORD)) {
                    c.setAutoCommit(false);
                    PreparedStatement routine = c.prepareStatement("select id, purpose, visibility, owner_id, items from routine where id = ?");
                    PreparedStatement exercises = c.prepareStatement("select slug, target_areas from catalog_exercise where slug = any(?)");
                    PreparedStatement session = c.prepareStatement("""
                            insert into training_session (id, user_id, routine_id, plan_id, purpose, started_at, completed_at,
                              time_zone, local_date, duration_seconds, effort, exercises, idempotency_key, request_hash, created_at)
                            values (?, ?, ?, null, 'warm-up', ?, ?, 'Europe/Berlin', ?, 600, 5, ?::jsonb, ?, ?, now())""");
                    PreparedStatement outbox = c.prepareStatement("""
                            insert into outbox_event (event_id, topic, record_key, event_type, payload, occurred_at, published_at)
                            values (?, 'routine.session-events', ?, 'limber.session.completed.v1', ?::jsonb, now(), now())""");
                    while (System.nanoTime() < end) {
                        routine.setObject(1, ROUTINE);
                        drain(routine.executeQuery());
                        exercises.setArray(1, c.createArrayOf("text", new String[] {"leg-swings", "clamshells"}));
                        drain(exercises.executeQuery());
                        UUID id = UUID.randomUUID();
                        Instant completed = Instant.now().minusSeconds(60);
                        session.setObject(1, id);
                        session.setString(2, user);
                        session.setObject(3, ROUTINE);
                        session.setTimestamp(4, Timestamp.from(completed.minusSeconds(600)));
                        session.setTimestamp(5, Timestamp.from(completed));
                        session.setObject(6, LocalDate.ofInstant(completed, ZoneOffset.UTC));
                        session.setString(7, "[{\"exerciseSlug\":\"leg-swings\",\"side\":\"both\",\"setsDone\":1,\"repsDone\":12,\"holdSeconds\":0,\"completed\":true}]");
                        session.setString(8, UUID.randomUUID().toString());
                        session.setString(9, "0".repeat(64));
                        session.executeUpdate();
                        outbox.setObject(1, UUID.randomUUID());
                        outbox.setString(2, user);
                        outbox.setString(3, sessionBody());
                        outbox.executeUpdate();
                        c.commit();
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        try (Connection c = DriverManager.getConnection(JDBC, JDBC_USER, JDBC_PASSWORD);
             PreparedStatement s1 = c.prepareStatement("delete from training_session where user_id = ?");
             PreparedStatement s2 = c.prepareStatement("delete from outbox_event where record_key = ?")) {
            s1.setString(1, user);
            s1.executeUpdate();
            s2.setString(1, user);
            s2.executeUpdate();
        }
        return done.get() / (double) RAW_SECONDS;
    }

    static void drain(ResultSet r) throws Exception {
        try (r) {
            while (r.next()) {
                r.getObject(1);
            }
        }
    }

    static double metric(String metrics, String name, String quantile) {
        Matcher m = Pattern.compile("^" + name + "\\{[^}]*quantile=\"" + Pattern.quote(quantile) + "\"[^}]*}\\s+(\\S+)$",
                Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    static String get(String url) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static PrivateKey privateKey(Path pem) throws Exception {
        String base64 = Arrays.stream(Files.readString(pem).split("\n")).filter(l -> !l.startsWith("-----"))
                .reduce("", String::concat);
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(base64)));
    }

    /** An RS256 token like the stack's own (iss limber, sub = upn = user, groups [athlete]). */
    static String token(PrivateKey key, String user) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"limber\",\"sub\":\"%s\",\"upn\":\"%s\",\"groups\":[\"athlete\"],"
                + "\"iat\":%d,\"exp\":%d,\"jti\":\"%s\"}").formatted(user, user, now, now + 7200, UUID.randomUUID())
                .getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update((header + "." + claims).getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + "." + b64.encodeToString(signature.sign());
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
