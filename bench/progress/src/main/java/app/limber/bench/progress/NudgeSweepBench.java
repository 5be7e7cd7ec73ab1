package app.limber.bench.progress;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.limber.bench.common.Percentiles;
import app.limber.bench.common.ProcessCpu;
import app.limber.progress.domain.milestone.MilestoneFacts;
import app.limber.progress.domain.milestone.MilestoneSettings;
import app.limber.testing.LimberTestResource;
import app.limber.testing.TestTokens;

/**
 * The nudge sweep over 100,000 users with active plans in 24 zones (see bench/README.md, "Nudge sweep"):
 * <ol>
 *   <li>starts a KRaft broker and PostgreSQL (the tests' embedded ones), a fresh database, and the bench build of
 *       progress-service from its jar with its sweep timer off;</li>
 *   <li>seeds the users ({@link SweepPopulation}) straight into its tables with their milestone history
 *       ({@link SweepHistory}), and a separate warm-up cohort;</li>
 *   <li>warms the service up with the warm-up cohort's sweeps, then takes it off the schedule;</li>
 *   <li>schedules every user at their nudge hour on Sunday and sweeps at each of the 48 zone-hours from Sunday 18:00
 *       in UTC+12 to Monday 18:00 in UTC−11 ({@code POST /bench/nudge-sweep?at=}, timed inside the service): on
 *       Sunday a whole zone is due each hour, on Monday those the sweep rescheduled; then everyone at once;</li>
 *   <li>checks every sweep against the same rules run in the bench ({@link NudgeLedger}): users claimed, nudges
 *       published and suppressed must be exactly those.</li>
 * </ol>
 */
public final class NudgeSweepBench {

    private static final String SWEEP_MS = "sweep time (ms)";
    private static final String COUNTS = "per sweep (users or nudges)";
    private static final String PER_NUDGE = "time per published nudge (ms)";
    private static final String LOAD = "load average (1 min)";
    private static final int CHUNK = 1000;
    private static final Pattern FIELD = Pattern.compile("\"(users|published|suppressed|millis)\":([0-9.Ee+-]+)");

    /** What a sweep did (as the service answered, or as predicted) and how long it took inside the service. */
    record Sweep(Instant at, int users, int published, int suppressed, double millis) {

        boolean sameCounts(Sweep other) {
            return users == other.users && published == other.published && suppressed == other.suppressed;
        }
    }

    public static void main(String[] args) {
        int status;
        try {
            status = run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 2;
        }
        // the broker runs in this JVM and its threads would keep it alive
        System.exit(status);
    }

    /** The whole bench; 0 when every sweep did what the rules predict, 1 otherwise. */
    private static int run() throws Exception {
        int users = Integer.getInteger("bench.users", 100_000);
        int warmupUsers = Integer.getInteger("bench.warmup-users", 24_000);
        int planWeeks = Integer.getInteger("bench.plan-weeks", 12);
        String heap = System.getProperty("bench.service-heap", "256m");
        String jvmOptions = System.getProperty("bench.service-jvm-options", "");
        Path jar = Path.of(System.getProperty("bench.jar", "progress-service/target/quarkus-bench-app/quarkus-run.jar"));
        Path log = Path.of(System.getProperty("bench.log", "bench/progress/target/progress-service-sweep.log"));
        String out = System.getProperty("bench.out");
        RunDirectory run = new RunDirectory(Path.of(out == null ? "bench/results/nudge-sweep" : out), SWEEP_MS, COUNTS,
                PER_NUDGE, LOAD);
        Instant begun = Instant.now();
        double loadBefore = RunDirectory.loadAverage();
        // the Sunday of last week: the two measured days and the full sweep lie in the past, nothing depends on that
        LocalDate sunday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusDays(1);
        MilestoneSettings settings = MilestoneSettings.DEFAULTS;

        LimberTestResource infrastructure = new LimberTestResource();
        infrastructure.init(Map.of(LimberTestResource.SERVICE, "sweep"));
        Map<String, String> properties = new HashMap<>(infrastructure.start());
        properties.put("limber.nudges.sweep-every", "0s");
        String workers = System.getProperty("bench.sweep-workers", "2");
        properties.put("limber.nudges.sweep-workers", workers);
        String url = properties.get("quarkus.datasource.jdbc.url");
        step("infrastructure up: " + url);

        try (ServiceUnderTest service = ServiceUnderTest.start(jar, properties, log, ServiceUnderTest.jvmOptions(heap));
             Connection connection = DriverManager.getConnection(url, properties.get("quarkus.datasource.username"),
                     properties.get("quarkus.datasource.password"))) {
            service.awaitReady(Duration.ofMinutes(2), log);
            step("progress-service (bench build, heap " + heap + ") ready; its sweep timer is off");
            BenchCpu.Meter cpu = BenchCpu.Meter.of(service.pid(), connection);
            SweepSeeder seeder = new SweepSeeder(connection);
            SweepHistory history = new SweepHistory(settings);

            long seeding = System.nanoTime();
            SweepPopulation warm = new SweepPopulation("warm", sunday, planWeeks, 2);
            List<SweepUser> warmCohort = seed(seeder, history, warm, warmupUsers, sunday, null);
            SweepUser[] population = new SweepUser[users];
            NudgeLedger[] ledgers = new NudgeLedger[users];
            seed(seeder, history, new SweepPopulation("sweep", sunday, planWeeks, 1), users, sunday,
                    (u, user, ledger) -> {
                        population[u] = user;
                        ledgers[u] = ledger;
                    });
            seeder.vacuumAnalyze();
            Map<String, Long> rows = rowCounts(connection);
            double seedSeconds = seconds(seeding);
            step(String.format("seeded %,d + %,d warm-up users in %.0f s: %s", users, warmupUsers, seedSeconds, rows));

            List<Instant> zoneHours = new ArrayList<>();
            Instant first = sunday.atTime(18, 0).atZone(SweepPopulation.zone(0)).toInstant();
            for (int i = 0; i < 2 * SweepPopulation.ZONES; i++) {
                zoneHours.add(first.plus(i, ChronoUnit.HOURS));
            }
            Instant everyone = first.plus(2 * SweepPopulation.ZONES, ChronoUnit.HOURS);

            String admin = TestTokens.token("bench-admin", "admin");
            Map<String, Instant> warmSchedule = new LinkedHashMap<>();
            warmCohort.forEach(user -> warmSchedule.put(user.id(), user.nudgeHourOn(sunday)));
            seeder.schedule(warmSchedule);
            List<Sweep> warmup = new ArrayList<>();
            for (Instant at : zoneHours.subList(0, SweepPopulation.ZONES)) {
                warmup.add(sweep(service, admin, at));
            }
            seeder.unschedule("warm-");
            step(String.format("warm-up: %d sweeps of the warm-up cohort, median %.0f ms", warmup.size(),
                    median(warmup.stream().mapToDouble(Sweep::millis).toArray())));

            long predicting = System.nanoTime();
            Prediction prediction = predict(population, ledgers, sunday, settings, zoneHours, everyone);
            step(String.format("predicted every sweep with the domain's rules in %.0f s", seconds(predicting)));

            Map<String, Instant> schedule = new LinkedHashMap<>();
            for (SweepUser user : population) {
                schedule.put(user.id(), user.nudgeHourOn(sunday));
            }
            seeder.schedule(schedule);
            analyze(connection, "nudge_schedule");

            String ownRows = "select count(*) from milestone where user_id like 'sweep-%'";
            long recordedBefore = count(connection, ownRows);
            List<Sweep> measured = new ArrayList<>();
            List<BenchCpu> cpus = new ArrayList<>();
            long started = System.nanoTime();
            run.event(0, "Sunday 18:00 in UTC+12");
            for (int i = 0; i < zoneHours.size(); i++) {
                if (i == SweepPopulation.ZONES) {
                    run.event(seconds(started), "Monday 18:00 in UTC+12");
                }
                BenchCpu before = cpu.read();
                Sweep sweep = sweep(service, admin, zoneHours.get(i));
                BenchCpu used = cpu.read().minus(before);
                measured.add(sweep);
                cpus.add(used);
                double t = seconds(started);
                String day = i < SweepPopulation.ZONES ? "Sunday zone-hours (the whole zone due)"
                        : "Monday zone-hours (as rescheduled)";
                run.point(t, SWEEP_MS, day, sweep.millis());
                run.point(t, SWEEP_MS, "goal (1 s)", 1000);
                run.point(t, SWEEP_MS, "CPU of service + PostgreSQL (ms)", used.serviceAndPostgres());
                run.point(t, COUNTS, "users claimed", sweep.users());
                run.point(t, COUNTS, "nudges published", sweep.published());
                run.point(t, COUNTS, "nudges suppressed", sweep.suppressed());
                if (sweep.published() > 0) {
                    run.point(t, PER_NUDGE, day, sweep.millis() / sweep.published());
                }
                run.point(t, LOAD, "load", RunDirectory.loadAverage());
            }
            Map<String, Instant> all = new LinkedHashMap<>();
            for (SweepUser user : population) {
                all.put(user.id(), everyone);
            }
            seeder.schedule(all);
            run.event(seconds(started), "every user due at once");
            BenchCpu beforeFull = cpu.read();
            Sweep full = sweep(service, admin, everyone);
            BenchCpu fullCpu = cpu.read().minus(beforeFull);
            step(String.format("full sweep: %,d users, %,d published, %,d suppressed in %.0f ms", full.users(),
                    full.published(), full.suppressed(), full.millis()));

            long recorded = count(connection, ownRows) - recordedBefore;
            List<String> mismatches = new ArrayList<>();
            for (int i = 0; i < measured.size(); i++) {
                if (!measured.get(i).sameCounts(prediction.sweeps().get(i))) {
                    mismatches.add(measured.get(i) + " predicted " + prediction.sweeps().get(i));
                }
            }
            if (!full.sameCounts(prediction.full())) {
                mismatches.add(full + " predicted " + prediction.full());
            }
            long predictedRecorded = prediction.sweeps().stream().mapToLong(s -> s.published() + s.suppressed()).sum()
                    + prediction.full().published() + prediction.full().suppressed();
            if (recorded != predictedRecorded) {
                mismatches.add("milestone rows recorded by the sweeps: " + recorded + ", predicted " + predictedRecorded);
            }
            mismatches.forEach(mismatch -> step("MISMATCH " + mismatch));

            String summary = summary(begun, loadBefore, users, warmupUsers, planWeeks, heap, jvmOptions, sunday, rows,
                    seedSeconds, warmup, measured, cpus, full, fullCpu, prediction, mismatches);
            System.out.println();
            System.out.print(summary);
            if (out != null) {
                run.write(summary);
                step("run directory " + run.path());
            }
            return mismatches.isEmpty() ? 0 : 1;
        }
    }

    /** A user generated, with their ledger after their history. */
    private interface Seeded {
        void accept(int u, SweepUser user, NudgeLedger ledger);
    }

    private static List<SweepUser> seed(SweepSeeder seeder, SweepHistory history, SweepPopulation population, int count,
                                        LocalDate sunday, Seeded each) throws SQLException {
        List<SweepUser> all = new ArrayList<>();
        for (int from = 0; from < count; from += CHUNK) {
            List<SweepUser> chunk = new ArrayList<>();
            List<SweepHistory.Row> rows = new ArrayList<>();
            for (int u = from; u < Math.min(count, from + CHUNK); u++) {
                SweepUser user = population.user(u);
                NudgeLedger ledger = new NudgeLedger();
                rows.addAll(history.before(user, sunday, ledger));
                chunk.add(user);
                if (each != null) {
                    each.accept(u, user, ledger);
                }
            }
            seeder.write(chunk, rows, sunday);
            if (each == null) {
                all.addAll(chunk);
            }
        }
        return all;
    }

    /** The predicted sweeps, zone-hour by zone-hour and then everyone at once, and what was due by type. */
    record Prediction(List<Sweep> sweeps, Sweep full, Map<String, Integer> dueOnSunday, Map<String, Integer> dueOnMonday) {
    }

    /** Runs the scheduler over the users with the service's rules, from the same schedule the measured run starts with. */
    private static Prediction predict(SweepUser[] users, NudgeLedger[] ledgers, LocalDate sunday,
                                      MilestoneSettings settings, List<Instant> zoneHours, Instant everyone) {
        MilestoneFacts[] facts = new MilestoneFacts[users.length];
        Instant[] due = new Instant[users.length];
        for (int u = 0; u < users.length; u++) {
            facts[u] = users[u].facts(sunday);
            due[u] = users[u].nudgeHourOn(sunday);
        }
        List<Sweep> sweeps = new ArrayList<>();
        Map<String, Integer> sundayTypes = new TreeMap<>();
        Map<String, Integer> mondayTypes = new TreeMap<>();
        for (int i = 0; i < zoneHours.size(); i++) {
            sweeps.add(predictSweep(users, ledgers, facts, due, settings, zoneHours.get(i),
                    i < SweepPopulation.ZONES ? sundayTypes : mondayTypes));
        }
        Arrays.fill(due, everyone);
        Sweep full = predictSweep(users, ledgers, facts, due, settings, everyone, new TreeMap<>());
        return new Prediction(sweeps, full, sundayTypes, mondayTypes);
    }

    private static Sweep predictSweep(SweepUser[] users, NudgeLedger[] ledgers, MilestoneFacts[] facts, Instant[] due,
                                      MilestoneSettings settings, Instant at, Map<String, Integer> types) {
        int claimed = 0;
        int published = 0;
        int suppressed = 0;
        for (int u = 0; u < users.length; u++) {
            if (due[u] == null || due[u].isAfter(at)) {
                continue;
            }
            claimed++;
            for (NudgeLedger.Recorded nudge : ledgers[u].visit(facts[u], users[u].settings(), settings, at)) {
                types.merge(nudge.due().milestone().type().slug(), 1, Integer::sum);
                if (nudge.decision().sends()) {
                    published++;
                } else {
                    suppressed++;
                }
            }
            due[u] = ledgers[u].next(facts[u], users[u].settings(), settings, at).orElse(null);
        }
        return new Sweep(at, claimed, published, suppressed, Double.NaN);
    }

    private static Sweep sweep(ServiceUnderTest service, String token, Instant at) throws Exception {
        var response = service.post("/bench/nudge-sweep?at=" + at, token);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the sweep at " + at + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        Map<String, Double> fields = new HashMap<>();
        Matcher matcher = FIELD.matcher(response.body());
        while (matcher.find()) {
            fields.put(matcher.group(1), Double.parseDouble(matcher.group(2)));
        }
        return new Sweep(at, fields.get("users").intValue(), fields.get("published").intValue(),
                fields.get("suppressed").intValue(), fields.get("millis"));
    }

    private static String summary(Instant begun, double loadBefore, int users, int warmupUsers, int planWeeks, String heap,
                                  String jvmOptions, LocalDate sunday, Map<String, Long> rows, double seedSeconds,
                                  List<Sweep> warmup, List<Sweep> measured, List<BenchCpu> cpus, Sweep full,
                                  BenchCpu fullCpu, Prediction prediction,
                                  List<String> mismatches) {
        List<Sweep> sundays = measured.subList(0, SweepPopulation.ZONES);
        List<Sweep> mondays = measured.subList(SweepPopulation.ZONES, measured.size());
        List<BenchCpu> sundayCpus = cpus.subList(0, SweepPopulation.ZONES);
        List<BenchCpu> mondayCpus = cpus.subList(SweepPopulation.ZONES, cpus.size());
        double p95 = percentile(measured.stream().mapToDouble(Sweep::millis).toArray(), 0.95);
        double max = measured.stream().mapToDouble(Sweep::millis).max().orElse(Double.NaN);
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Started %s UTC on %d cores, load average (1 min) %.1f before the run and %.1f at"
                        + " its end; JDK %s; progress-service (bench build) with a %s heap%s, PostgreSQL and the broker"
                        + " (inside the bench JVM) beside it. Sweep times are measured inside the service around"
                        + " `NudgeSweep.sweep(at)`; the CPU each process used during a sweep is read from /proc/<pid>/stat"
                        + " before and after it (the service's includes its outbox relay publishing the sweep's nudges,"
                        + " PostgreSQL's its postmaster and every backend); the chart's time axis is the bench's clock from the first measured"
                        + " sweep.%n%n",
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(begun.atZone(ZoneOffset.UTC)),
                Runtime.getRuntime().availableProcessors(), loadBefore, RunDirectory.loadAverage(),
                System.getProperty("java.version"), heap, (jvmOptions.isBlank() ? "" : " (" + jvmOptions + ")")
                        + " and " + System.getProperty("bench.sweep-workers", "2") + " sweep workers"));
        md.append(String.format(Locale.ROOT, "%,d users with one active plan each in 24 zones (UTC+12 … UTC−11), plans"
                        + " started up to %d weeks before Sunday %s, seeded in %.0f s with their history (rows: %s)."
                        + " Before the measurement %,d other users were swept at the same 24 instants to warm the"
                        + " service up (median %.0f ms a sweep), then taken off the schedule.%n%n",
                users, planWeeks, sunday, seedSeconds, rowsText(rows), warmupUsers,
                median(warmup.stream().mapToDouble(Sweep::millis).toArray())));
        md.append("| sweeps | n | users claimed (median) | published (median) | suppressed (median) | sweep ms median |"
                + " p95 | max | ms per published nudge, median | p95 | µs per claimed user, median |"
                + " CPU ms service, median | CPU ms PostgreSQL, median | CPU ms broker, median |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        row(md, "Sunday 18:00, zone by zone (the whole zone due)", sundays, sundayCpus);
        row(md, "Monday 18:00, zone by zone (as the sweep rescheduled)", mondays, mondayCpus);
        row(md, "all 48 zone-hours", measured, cpus);
        row(md, "every user at once (" + full.at() + ")", List.of(full), List.of(fullCpu));
        md.append(String.format(Locale.ROOT, "%nNudges due (recorded) at the Sunday zone-hours: %s; at the Monday ones: %s."
                        + " Goal a zone-hour's sweep under 1 s: %s (p95 of the 48: %.0f ms, max %.0f ms).%n%n",
                prediction.dueOnSunday(), prediction.dueOnMonday(),
                max < 1000 ? "met" : p95 < 1000 ? "met at p95, **not** by the slowest" : "**not met**", p95, max));
        md.append(mismatches.isEmpty()
                ? "Check: every sweep claimed exactly the users, and published and suppressed exactly the nudges, that"
                        + " progress-service's rules predict when run in the bench over the same users and history.\n"
                : "**Check failed**: " + String.join("; ", mismatches) + "\n");
        return md.toString();
    }

    private static void row(StringBuilder md, String name, List<Sweep> sweeps, List<BenchCpu> cpus) {
        double[] millis = sweeps.stream().mapToDouble(Sweep::millis).toArray();
        double[] perNudge = sweeps.stream().filter(s -> s.published() > 0).mapToDouble(s -> s.millis() / s.published()).toArray();
        double[] perUser = sweeps.stream().filter(s -> s.users() > 0).mapToDouble(s -> 1000 * s.millis() / s.users()).toArray();
        md.append(String.format(Locale.ROOT, "| %s | %d | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f | %,.0f | %.2f | %.2f | %.0f"
                        + " | %,.0f | %,.0f | %,.0f |%n",
                name, sweeps.size(), median(sweeps.stream().mapToDouble(Sweep::users).toArray()),
                median(sweeps.stream().mapToDouble(Sweep::published).toArray()),
                median(sweeps.stream().mapToDouble(Sweep::suppressed).toArray()), median(millis),
                percentile(millis, 0.95), Arrays.stream(millis).max().orElse(Double.NaN), median(perNudge),
                percentile(perNudge, 0.95), median(perUser), median(cpus.stream().mapToDouble(BenchCpu::service).toArray()),
                median(cpus.stream().mapToDouble(BenchCpu::postgres).toArray()),
                median(cpus.stream().mapToDouble(BenchCpu::broker).toArray())));
    }

    private static String rowsText(Map<String, Long> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach((table, n) -> text.append(text.isEmpty() ? "" : ", ").append(table).append(' ')
                .append(String.format(Locale.ROOT, "%,d", n)));
        return text.toString();
    }

    private static Map<String, Long> rowCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("progress_user", "day_tally", "plan_week_tally", "nudge_preferences", "milestone")) {
            counts.put(table, count(connection, "select count(*) from " + table));
        }
        return counts;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void analyze(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze " + table);
        }
    }

    /** Microsecond resolution, nearest rank, as every bench reports percentiles. */
    private static double percentile(double[] values, double q) {
        long[] micros = Arrays.stream(values).mapToLong(v -> Math.round(v * 1000)).sorted().toArray();
        return Percentiles.of(micros, q) / 1000;
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void step(String message) {
        System.out.println("[bench " + Instant.now() + "] " + message);
    }
}
