package app.limber.bench.progress;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.tools.ConsumerPerformance;

import app.limber.bench.common.QuietMachine;
import app.limber.infra.PostgresServer;
import app.limber.testing.LimberTestResource;
import app.limber.testing.TestTokens;

/**
 * Ingestion benchmark of progress-service (see bench/README.md, section "progress"):
 * <ol>
 *   <li>starts a KRaft broker and PostgreSQL (the tests' embedded ones);</li>
 *   <li>produces one plan per user and N session.completed events spread over a year to the topics;</li>
 *   <li>measures the raw consumer rate of the session topic with Kafka's ConsumerPerformance;</li>
 *   <li>for each of {@code bench.milestones} (default {@code on,off}): settles the machine ({@link Settling}), then
 *       starts progress-service from its jar with {@code limber.milestones.enabled} so, on a fresh database and
 *       consumer group, and measures events/s until every event is applied; a mode listed more than once (say
 *       {@code off,on,on,off}) counts with all its runs pooled, so that a drift of the machine's speed over the run,
 *       and the place of a run in it, weigh on both;</li>
 *   <li>with {@code bench.sealed} listing both {@code on} and {@code off}: does the above for each, producing the same
 *       load sealed or plain in turn after deleting the previous records from the topics;</li>
 *   <li>times every analytics call (adherence of all routines and of one, per weekly target, cohorts, routine items, exercises) over that data,
 *       by default and over a year (in the first run's service);</li>
 *   <li>measures L: the bench writing the same rows into twins of the same tables with batched upserts.</li>
 * </ol>
 * With {@code -Dbench.statements=on} PostgreSQL preloads {@code pg_stat_statements} and the summary says, for each
 * ingestion, which statements its time went to ({@link StatementCosts}).
 * With {@code -Dbench.out=<run-dir>} it also leaves the run for bench/report.sh: the applied counter sampled
 * about once a second during ingestion (series.csv), its moments (events.csv) and the figures (summary.md).
 */
public final class IngestionBench {

    public static void main(String[] args) {
        int status = 0;
        try {
            run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 2;
        }
        // the broker runs in this JVM and its threads would keep it alive
        System.exit(status);
    }

    private static void run() throws Exception {
        int users = Integer.getInteger("bench.users", 10_000);
        int sessions = Integer.getInteger("bench.sessions", 1_000_000);
        int batch = Integer.getInteger("bench.batch", 2000);
        List<Boolean> sealings = onsAndOffs("bench.sealed", "on");
        List<Boolean> milestones = onsAndOffs("bench.milestones", "on,off");
        boolean sealingSwept = sealings.stream().distinct().count() > 1;
        Path jar = Path.of(System.getProperty("bench.jar", "progress-service/target/quarkus-app/quarkus-run.jar"));
        Path log = Path.of(System.getProperty("bench.log", "bench/progress/target/progress-service.log"));
        String out = System.getProperty("bench.out");
        RunDirectory run = new RunDirectory(Path.of(out == null ? "bench/results/progress-ingest" : out), THROUGHPUT, LAG, LOAD);
        Instant begun = Instant.now();
        double loadBefore = RunDirectory.loadAverage();

        boolean statements = "on".equals(System.getProperty("bench.statements", "off"));
        if (statements) {
            String settings = System.getProperty(PostgresServer.SETTINGS_PROPERTY, "");
            System.setProperty(PostgresServer.SETTINGS_PROPERTY, settings + ";" + StatementCosts.serverSettings());
        }
        LimberTestResource infrastructure = new LimberTestResource();
        infrastructure.init(Map.of(LimberTestResource.SERVICE, "bench"));
        // the first run's database; starting the infrastructure also creates the topics
        Map<String, String> properties = new HashMap<>(infrastructure.start());
        String bootstrap = LimberTestResource.kafkaBootstrapServers();
        step("infrastructure up: Kafka " + bootstrap);

        Instant now = Instant.now();
        SyntheticLoad load = new SyntheticLoad(users, sessions, now);
        double raw = Double.NaN;

        List<Ingestion> ingestions = new ArrayList<>();
        Map<String, double[]> analytics = new LinkedHashMap<>();
        Map<String, String> afterwards = new LinkedHashMap<>();
        boolean rebuild = !"off".equals(System.getProperty("bench.rebuild", "on"));
        Map<String, Integer> repeats = new HashMap<>();
        Map<String, QuietMachine.Waited> settles = new LinkedHashMap<>();
        for (boolean sealed : sealings) {
            if (!ingestions.isEmpty()) {
                // the other kind of the same records, alone on the topics: a new group starts at the log start
                deleteRecords(bootstrap, List.of("routine.plan-events", "routine.session-events"));
            }
            long producing = System.nanoTime();
            load.produce(bootstrap, sealed);
            step(String.format("produced %,d plans and %,d sessions (%s) in %.1f s", users, sessions,
                    sealed ? "sealed with each user's key" : "plain", seconds(producing)));
            if (Double.isNaN(raw)) {
                raw = consumerPerformance(bootstrap, sessions);
                step(String.format("ConsumerPerformance: %,.0f records/s", raw));
            }
            for (boolean on : milestones) {
                // a fresh database and consumer group each: every run ingests the same records from the beginning
                Optional<Map<String, String>> finished = Optional.empty();
                if (!ingestions.isEmpty()) {
                    finished = Optional.of(properties);
                    properties = new HashMap<>(infrastructure.start());
                }
                properties.put("limber.consumer.group-id", "bench-" + UUID.randomUUID());
                properties.put("limber.consumer.max-poll-records", Integer.toString(batch));
                properties.put("limber.milestones.enabled", Boolean.toString(on));
                Map<String, String> database = properties;
                String mode = (sealingSwept ? (sealed ? "sealed; " : "plain; ") : "") + "milestones " + (on ? "on" : "off");
                int nth = repeats.merge(mode, 1, Integer::sum);
                String label = nth == 1 ? mode : mode + " (" + nth + ")";
                QuietMachine.Waited settled = Settling.before(finished, properties);
                settles.put(label, settled);
                step(String.format(Locale.ROOT, "settled in %.0f s: CPUs %.0f %% busy", settled.waited().toMillis() / 1e3,
                        100 * settled.busyShare()));
                Ingestion ingestion = ingest(run, jar, properties, log, (long) users + sessions,
                        new Variant(label, sealed, on), statements, analytics.isEmpty() ? (service, token) -> {
                            timeAnalytics(service, token, now, load, analytics);
                            sizeAndRebuild(service, database, rebuild, afterwards);
                        } : null);
                ingestions.add(ingestion);
            }
        }

        double limit = new DirectWrites(load, properties.get("quarkus.datasource.jdbc.url"),
                properties.get("quarkus.datasource.username"), properties.get("quarkus.datasource.password")).run(batch);
        step(String.format("L (the bench's own batched upserts of the same rows): %,.0f sessions/s", limit));

        // L is one figure for the whole run: drawn as a level across the ingestions for comparison
        double end = ingestions.stream().mapToDouble(Ingestion::endSeconds).max().orElse(0);
        run.point(0, THROUGHPUT, "L (direct writes)", limit);
        run.point(end, THROUGHPUT, "L (direct writes)", limit);
        String summary = summary(begun, loadBefore, users, sessions, batch, raw, limit, ingestions, settles, analytics,
                afterwards);
        System.out.println();
        System.out.print(summary);
        if (out != null) {
            run.write(summary);
            step("run directory " + run.path());
        }
    }

    /** A property listing on and off, e.g. {@code on,off}. */
    private static List<Boolean> onsAndOffs(String property, String fallback) {
        return Arrays.stream(System.getProperty(property, fallback).split(",")).map(String::trim).map(value -> switch (value) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException(property + " lists on and off, e.g. on,off; not " + value);
        }).toList();
    }

    /** Removes every record from the topics (their offsets go on), so that a new consumer group reads only what comes next. */
    private static void deleteRecords(String bootstrap, List<String> topics) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) -> description.partitions()
                    .forEach(partition -> latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest())));
            Map<TopicPartition, RecordsToDelete> upTo = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, offset) ->
                    upTo.put(partition, RecordsToDelete.beforeOffset(offset.offset())));
            admin.deleteRecords(upTo).all().get();
        }
        step("deleted the records of " + String.join(", ", topics));
    }

    /** What one ingestion ran with: sealed or plain records, milestones on or off. */
    private record Variant(String label, boolean sealed, boolean milestones) {
    }

    /**
     * The ingestions of one mode taken together: their events over their time, and their CPU per event over their
     * events, so that a mode run twice in mirrored order (off, on, on, off) weighs each run by what it did.
     */
    private record Pooled(String label, int runs, double eventsPerSecond, double micros,
                          double microsWithoutCompiling) {

        static Optional<Pooled> of(List<Ingestion> ingestions, Predicate<Ingestion> mode) {
            List<Ingestion> runs = ingestions.stream().filter(mode).toList();
            if (runs.isEmpty()) {
                return Optional.empty();
            }
            double events = runs.stream().mapToDouble(Ingestion::events).sum();
            double seconds = runs.stream().mapToDouble(run -> run.events() / run.eventsPerSecond()).sum();
            return Optional.of(new Pooled(runs.get(0).label(), runs.size(), events / seconds,
                    runs.stream().mapToDouble(run -> run.micros() * run.events()).sum() / events,
                    runs.stream().mapToDouble(run -> run.microsWithoutCompiling() * run.events()).sum() / events));
        }
    }

    /** One ingestion of the whole load: events/s from the first applied event to the last, and what it recorded. */
    private record Ingestion(Variant variant, double eventsPerSecond, double withStart, double endSeconds,
                             long milestonesRecorded, long milestonesPublished, long events, BenchCpu cpu,
                             long quietReconciliations, long keysReconciliations, long windowReconciliations,
                             long wholeReconciliations,
                             String milestonesByType, String statementCosts) {

        /** CPU microseconds per event applied, of the service and of PostgreSQL, from the first event to the last. */
        double serviceMicros() {
            return 1000.0 * cpu.service() / events;
        }

        double postgresMicros() {
            return 1000.0 * cpu.postgres() / events;
        }

        double micros() {
            return serviceMicros() + postgresMicros();
        }

        /** The service's JIT compiling, per event: a share of {@link #serviceMicros} that a long-lived service does not pay. */
        double compilingMicros() {
            return 1000.0 * cpu.serviceCompiling() / events;
        }

        double microsWithoutCompiling() {
            return micros() - compilingMicros();
        }

        String label() {
            return variant.label();
        }

        boolean milestones() {
            return variant.milestones();
        }

        boolean sealed() {
            return variant.sealed();
        }
    }

    /** Calls made once the service has applied every event, with an analyst's token. */
    private interface Afterwards {
        void run(ServiceUnderTest service, String token) throws Exception;
    }

    /** Starts progress-service from its jar on a fresh database and group, and times it until every event is applied. */
    private static Ingestion ingest(RunDirectory run, Path jar, Map<String, String> properties, Path log, long total,
                                    Variant variant, boolean statements, Afterwards afterwards) throws Exception {
        String label = variant.label();
        step("ingesting with " + label + " into " + properties.get("quarkus.datasource.jdbc.url"));
        long started = System.nanoTime();
        try (ServiceUnderTest service = ServiceUnderTest.start(jar, properties, log, ServiceUnderTest.jvmOptions("1g"));
             Connection database = DriverManager.getConnection(properties.get("quarkus.datasource.jdbc.url"),
                     properties.get("quarkus.datasource.username"), properties.get("quarkus.datasource.password"))) {
            BenchCpu.Meter meter = BenchCpu.Meter.of(service.pid(), database);
            long applied = service.applied();
            while (applied <= 0) {
                check(service, log);
                Thread.sleep(50);
                applied = service.applied();
            }
            BenchCpu cpuAtFirstSight = meter.read();
            if (statements) {
                StatementCosts.reset(database);
            }
            long firstSeen = System.nanoTime();
            long appliedAtFirstSight = applied;
            long lastReport = firstSeen;
            run.event(seconds(started, firstSeen), "first event applied (" + label + ")");
            Sample previous = new Sample(firstSeen, applied);
            sample(run, label, started, previous, previous, total);
            while (applied < total) {
                check(service, log);
                Thread.sleep(250);
                applied = service.applied();
                long sampled = System.nanoTime();
                // the 250 ms polls time the end precisely; the chart gets a point about every second
                if (sampled - previous.nanos() >= 1e9 || applied >= total) {
                    Sample current = new Sample(sampled, applied);
                    sample(run, label, started, previous, current, total);
                    previous = current;
                }
                if (System.nanoTime() - lastReport > 10e9) {
                    step(String.format("  applied %,d of %,d", applied, total));
                    lastReport = System.nanoTime();
                }
            }
            BenchCpu cpu = meter.read().minus(cpuAtFirstSight);
            double end = seconds(started, System.nanoTime());
            double ingestion = (total - appliedAtFirstSight) / seconds(firstSeen);
            run.point(seconds(started, firstSeen), THROUGHPUT, label + " (mean)", ingestion);
            run.point(end, THROUGHPUT, label + " (mean)", ingestion);
            double withStart = total / seconds(started);
            step(String.format("progress-service with %s applied %,d events: %,.0f events/s (%,.0f including its start-up);"
                            + " CPU ms: service %,d, PostgreSQL %,d, bench and broker %,d",
                    label, total, ingestion, withStart, cpu.service(), cpu.postgres(), cpu.broker()));
            MilestoneCounts recorded = milestoneCounts(properties);
            long quiet = service.metric("limber_progress_milestones_reconciliations_total{read=\"none\"}");
            long keys = service.metric("limber_progress_milestones_reconciliations_total{read=\"keys\"}");
            long windowed = service.metric("limber_progress_milestones_reconciliations_total{read=\"window\"}");
            long whole = service.metric("limber_progress_milestones_reconciliations_total{read=\"whole\"}");
            String costs = statements ? StatementCosts.table(label, StatementCosts.read(database), total - appliedAtFirstSight) : "";
            if (afterwards != null) {
                afterwards.run(service, TestTokens.token("bench-analyst", "analyst"));
            }
            return new Ingestion(variant, ingestion, withStart, end, recorded.recorded(), recorded.published(),
                    total - appliedAtFirstSight, cpu, quiet, keys, windowed, whole, recorded.byType(), costs);
        }
    }

    /** Milestones recorded in a run's database (the consumer's and the nudge sweep's): in all, published, and by type. */
    private record MilestoneCounts(long recorded, long published, String byType) {
    }

    private static MilestoneCounts milestoneCounts(Map<String, String> properties) throws SQLException {
        long recorded = 0;
        long published = 0;
        StringBuilder byType = new StringBuilder();
        try (Connection connection = DriverManager.getConnection(properties.get("quarkus.datasource.jdbc.url"),
                properties.get("quarkus.datasource.username"), properties.get("quarkus.datasource.password"));
             Statement statement = connection.createStatement();
             ResultSet counts = statement.executeQuery("select type, count(*), count(*) filter (where published),"
                     + " count(*) filter (where withheld_reason is not null) from milestone group by type order by type")) {
            while (counts.next()) {
                recorded += counts.getLong(2);
                published += counts.getLong(3);
                byType.append(byType.isEmpty() ? "" : "; ").append(String.format(Locale.ROOT,
                        "%s %,d (%,d published, %,d withheld)", counts.getString(1), counts.getLong(2),
                        counts.getLong(3), counts.getLong(4)));
            }
        }
        return new MilestoneCounts(recorded, published, byType.toString());
    }

    private static void timeAnalytics(ServiceUnderTest service, String token, Instant now, SyntheticLoad load,
                                      Map<String, double[]> analytics) throws Exception {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        analytics.put("adherence, last 12 weeks (default)", time(service, "/analytics/adherence", token));
        analytics.put("adherence, 53 weeks", time(service, "/analytics/adherence?from=" + today.minusDays(364) + "&to=" + today, token));
        // every bench plan starts in the same week: one cohort of all of them
        String cohort = "/analytics/cohorts?from=" + load.planStart + "&to=" + load.planStart;
        analytics.put("cohorts, all plans' start week, weeks 1..8 (default N)", time(service, cohort, token));
        analytics.put("cohorts, all plans' start week, weeks 1..52", time(service, cohort + "&weeks=52", token));
        analytics.put("cohorts of one routine, weeks 1..52",
                time(service, cohort + "&weeks=52&routineId=" + load.routine[0], token));
        String year = "from=" + today.minusDays(364) + "&to=" + today;
        analytics.put("adherence of one routine, last 12 weeks (default)",
                time(service, "/analytics/adherence?routineId=" + load.routine[0], token));
        analytics.put("adherence of one routine, 53 weeks",
                time(service, "/analytics/adherence?routineId=" + load.routine[0] + "&" + year, token));
        analytics.put("adherence by weekly target, last 12 weeks (default)",
                time(service, "/analytics/adherence?groupBy=weeklyTarget", token));
        analytics.put("adherence by weekly target, 53 weeks",
                time(service, "/analytics/adherence?groupBy=weeklyTarget&" + year, token));
        String items = "/analytics/routines/" + load.routine[0] + "/items";
        String yearOfItems = service.get(items + "?" + year, token).body();
        if (!yearOfItems.contains("\"position\":3")) {
            throw new IllegalStateException("the item rollups are empty: " + yearOfItems);
        }
        analytics.put("routine items, last 12 weeks (default)", time(service, items, token));
        analytics.put("routine items, 53 weeks", time(service, items + "?" + year, token));
        analytics.put("exercises, all routines, last 12 weeks (default)", time(service, "/analytics/exercises", token));
        analytics.put("exercises, all routines, 53 weeks", time(service, "/analytics/exercises?" + year, token));
        analytics.put("exercises of one routine, 53 weeks",
                time(service, "/analytics/exercises?routineId=" + load.routine[0] + "&" + year, token));
    }

    /**
     * The first run's database size once everything is applied, then (unless {@code bench.rebuild=off})
     * {@code POST /admin/rebuild}, which replays both topics into fresh tables and swaps them in, timed from the
     * request to its answer, and the size after it.
     */
    private static void sizeAndRebuild(ServiceUnderTest service, Map<String, String> properties, boolean rebuild,
                                       Map<String, String> figures) throws Exception {
        figures.put("database size after ingestion (pg_database_size)", megabytes(databaseSize(properties)));
        step("database size " + figures.values().iterator().next());
        if (!rebuild) {
            return;
        }
        long started = System.nanoTime();
        HttpResponse<String> response = service.post("/admin/rebuild", TestTokens.token("bench-admin", "admin"));
        double took = seconds(started);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST /admin/rebuild answered " + response.statusCode() + ": " + response.body());
        }
        figures.put("rebuild (POST /admin/rebuild, both topics replayed and swapped in)",
                String.format(Locale.ROOT, "%.1f s", took));
        figures.put("rebuild's report", "`" + response.body() + "`");
        figures.put("database size after the rebuild", megabytes(databaseSize(properties)));
        step(String.format(Locale.ROOT, "rebuild took %.1f s: %s", took, response.body()));
    }

    private static long databaseSize(Map<String, String> properties) throws SQLException {
        try (Connection connection = DriverManager.getConnection(properties.get("quarkus.datasource.jdbc.url"),
                properties.get("quarkus.datasource.username"), properties.get("quarkus.datasource.password"));
             Statement statement = connection.createStatement();
             ResultSet size = statement.executeQuery("select pg_database_size(current_database())")) {
            size.next();
            return size.getLong(1);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MB", bytes / 1048576.0);
    }

    private static final String THROUGHPUT = "throughput (events/s)";
    private static final String LAG = "lag (events)";
    private static final String LOAD = "load average (1 min)";

    /** The applied counter at one moment. */
    private record Sample(long nanos, long applied) {
    }

    /** One point per panel for the interval that ends with {@code current}, t in seconds since that run's service started. */
    private static void sample(RunDirectory run, String label, long started, Sample previous, Sample current, long total) {
        double t = seconds(started, current.nanos());
        if (current.nanos() > previous.nanos()) {
            run.point(t, THROUGHPUT, label, (current.applied() - previous.applied()) / ((current.nanos() - previous.nanos()) / 1e9));
        }
        run.point(t, LAG, label, total - current.applied());
        run.point(t, LOAD, label, RunDirectory.loadAverage());
    }

    private static String summary(Instant begun, double loadBefore, int users, int sessions, int batch, double raw,
                                  double limit, List<Ingestion> ingestions, Map<String, QuietMachine.Waited> settles,
                                  Map<String, double[]> analytics,
                                  Map<String, String> afterwards) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Started %s UTC on %d cores, load average (1 min) %.1f before the run and %.1f at"
                        + " its end; JDK %s; progress-service with a 1 GB heap, the broker inside the bench JVM (heap %,d MB),"
                        + " PostgreSQL beside it. The records are %s. The same records are ingested %s, each time by a new service process into"
                        + " a fresh database with a new consumer group. The chart's time axis starts when each run's"
                        + " progress-service is launched; throughput is the applied counter's increase over each sampling"
                        + " interval (about 1 s); lag is what was produced and is not applied yet.%n%n",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(begun.atZone(ZoneOffset.UTC)),
                Runtime.getRuntime().availableProcessors(), loadBefore, RunDirectory.loadAverage(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                ingestions.stream().map(Ingestion::sealed).distinct().count() > 1
                        ? "produced sealed with each user's key, as routine publishes them, and plain, keyed by user id, in turn"
                        + " (BENCH_SEALED lists both; the topics are emptied in between)"
                        : ingestions.get(0).sealed() ? "sealed with each user's key, as routine publishes them (BENCH_SEALED=on)"
                        : "plain, keyed by user id (BENCH_SEALED=off)",
                ingestions.stream().map(Ingestion::label).reduce((a, b) -> a + ", then " + b).orElse("")));
        md.append(String.format(Locale.ROOT, "Before each ingestion the bench dropped the database of the one before, collected"
                        + " its own garbage, had PostgreSQL checkpoint and the kernel write its dirty pages (sync), and waited"
                        + " until the CPUs were at most %.0f %% busy over %d s: %s.%n%n", 100 * Settling.QUIET_SHARE,
                Settling.INTERVAL.toSeconds(), settles.entrySet().stream().map(settle -> String.format(Locale.ROOT,
                        "%s %.0f s (%.0f %%%s)", settle.getKey(), settle.getValue().waited().toMillis() / 1e3,
                        100 * settle.getValue().busyShare(), settle.getValue().quiet() ? "" : ", not quiet by the deadline"))
                        .reduce((a, b) -> a + ", " + b).orElse("")));
        md.append("| users | sessions | batch | ConsumerPerformance rec/s | L rows-of-a-session/s |\n");
        md.append("|---|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %,.0f | %,.0f |%n%n", users, sessions, batch, raw, limit));
        md.append("| ingestion | events/s | including start-up | ingestion / L | milestones recorded | of them published"
                + " | users reconciled from no / the news' keys of / a window of / the whole history | service CPU µs/event | of it JIT compiling"
                + " | PostgreSQL CPU µs/event |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Ingestion ingestion : ingestions) {
            md.append(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %.2f | %,d | %,d | %,d / %,d / %,d / %,d | %,.0f | %,.0f | %,.0f |%n",
                    ingestion.label(), ingestion.eventsPerSecond(), ingestion.withStart(), ingestion.eventsPerSecond() / limit,
                    ingestion.milestonesRecorded(), ingestion.milestonesPublished(), ingestion.quietReconciliations(),
                    ingestion.keysReconciliations(), ingestion.windowReconciliations(),
                    ingestion.wholeReconciliations(), ingestion.serviceMicros(),
                    ingestion.compilingMicros(), ingestion.postgresMicros()));
        }
        for (Ingestion ingestion : ingestions) {
            if (!ingestion.milestonesByType().isEmpty()) {
                md.append(String.format(Locale.ROOT, "%nMilestones by type, %s: %s.%n", ingestion.label(),
                        ingestion.milestonesByType()));
            }
        }
        md.append(String.format("%nCPU per event: what the service process and PostgreSQL's processes (postmaster and"
                + " backends) used from the first event applied to the last, from /proc/<pid>/stat, divided by the events"
                + " applied in that time: a figure that other work on the machine slows less than a rate. JIT compiling:"
                + " the service's C1 and C2 compiler threads, from /proc/<pid>/task/*/stat, which a service that runs"
                + " for days pays once.%n"));
        md.append('\n');
        Ingestion first = ingestions.get(0);
        Optional<Pooled> on = Pooled.of(ingestions, i -> i.sealed() == first.sealed() && i.milestones());
        Optional<Pooled> off = Pooled.of(ingestions, i -> i.sealed() == first.sealed() && !i.milestones());
        on.or(() -> off).ifPresent(deployed -> md.append(String.format(Locale.ROOT,
                "Goal ingestion >= 0.8 L (%s%s): %s.", deployed.label(),
                deployed.runs() > 1 ? ", " + deployed.runs() + " runs pooled" : "",
                deployed.eventsPerSecond() >= 0.8 * limit ? "met" : "**not met**")));
        if (on.isPresent() && off.isPresent()) {
            double ratio = on.get().eventsPerSecond() / off.get().eventsPerSecond();
            md.append(String.format(Locale.ROOT, " Ingestion / L with milestones on versus off%s: %.2f / %.2f = **%.2f**;"
                            + " goal >= 0.9: %s; CPU per event (service and PostgreSQL) off / on: %.2f, and %.2f without"
                            + " the JIT's compiling.",
                    on.get().runs() + off.get().runs() > 2 ? String.format(Locale.ROOT,
                            " (%d and %d runs, each mode's events over its time)", on.get().runs(), off.get().runs()) : "",
                    on.get().eventsPerSecond() / limit, off.get().eventsPerSecond() / limit,
                    ratio, ratio >= 0.9 ? "met" : "**not met**", off.get().micros() / on.get().micros(),
                    off.get().microsWithoutCompiling() / on.get().microsWithoutCompiling()));
        }
        Optional<Ingestion> sealed = ingestions.stream().filter(i -> i.milestones() == first.milestones() && i.sealed()).findFirst();
        Optional<Ingestion> plain = ingestions.stream().filter(i -> i.milestones() == first.milestones() && !i.sealed()).findFirst();
        if (sealed.isPresent() && plain.isPresent()) {
            double ratio = sealed.get().eventsPerSecond() / plain.get().eventsPerSecond();
            md.append(String.format(Locale.ROOT, " Ingestion / L of sealed versus plain records (milestones %s): %.2f / %.2f"
                            + " = **%.2f**; goal: under 10 %% lost: %s; CPU per event (service and PostgreSQL) plain / sealed: %.2f.",
                    first.milestones() ? "on" : "off",
                    sealed.get().eventsPerSecond() / limit, plain.get().eventsPerSecond() / limit, ratio,
                    ratio >= 0.9 ? "met" : "**not met**", plain.get().micros() / sealed.get().micros()));
        }
        md.append(String.format("%n"));
        ingestions.forEach(ingestion -> md.append(ingestion.statementCosts()));
        md.append(String.format("%n"));
        md.append("| analytics call | median ms | p95 ms |\n");
        md.append("|---|---|---|\n");
        analytics.forEach((name, times) -> md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", name, times[0], times[1])));
        md.append(String.format("%nMedian and p95 of 20 calls after 5 warm-up calls each, in the first run's service.%n"));
        if (!afterwards.isEmpty()) {
            md.append(String.format("%n| after the first run | |%n|---|---|%n"));
            afterwards.forEach((name, value) -> md.append("| ").append(name).append(" | ").append(value).append(" |\n"));
        }
        return md.toString();
    }

    private static double consumerPerformance(String bootstrap, int messages) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ConsumerPerformance.main(new String[] {"--bootstrap-server", bootstrap, "--topic", "routine.session-events",
                    "--messages", Integer.toString(messages), "--group", "bench-perf-" + UUID.randomUUID(), "--hide-header",
                    "--timeout", "60000"});
        } finally {
            System.setOut(out);
        }
        // start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, ...
        String[] fields = captured.toString(StandardCharsets.UTF_8).trim().split("\n");
        String[] columns = fields[fields.length - 1].split(",\\s*");
        return Double.parseDouble(columns[5]);
    }

    /** Median and p95 of 20 calls after 5 warm-ups, in milliseconds. */
    private static double[] time(ServiceUnderTest service, String path, String token) throws Exception {
        double[] figures = timed(service, path, token);
        step(String.format(Locale.ROOT, "GET %s: median %.1f ms, p95 %.1f ms", path, figures[0], figures[1]));
        return figures;
    }

    private static double[] timed(ServiceUnderTest service, String path, String token) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = service.get(path, token);
            double elapsed = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            if (i >= 5) {
                millis.add(elapsed);
            }
        }
        Collections.sort(millis);
        return new double[] {millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1)};
    }

    private static void check(ServiceUnderTest service, Path log) throws Exception {
        if (!service.alive()) {
            throw new IllegalStateException("progress-service exited; see " + log + ":\n" + Files.readString(log));
        }
    }

    private static double seconds(long since) {
        return seconds(since, System.nanoTime());
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static void step(String message) {
        System.out.println("[bench " + Instant.now() + "] " + message);
    }
}
