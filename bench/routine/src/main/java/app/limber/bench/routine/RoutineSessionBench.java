package app.limber.bench.routine;

import app.limber.bench.common.LoadClient;
import app.limber.bench.common.Timeline;
import app.limber.infra.Pem;
import app.limber.infra.TokenSigner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * POST /sessions at a constant arrival rate (see {@link SessionSteps}): finds the highest rate whose p99 stays under
 * the goal with no failed request, measures the same transaction straight on the database for comparison
 * ({@link RawSessionTransactions}), and reads the outbox publish lag after each step. Run through
 * bench/routine-sessions.sh, which starts the routine-service under test and hands over the stack's database and key.
 */
public final class RoutineSessionBench {

    private static final int USERS = 200;

    private RoutineSessionBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.fromEnvironment();
        Instant started = Instant.now();
        String runId = UUID.randomUUID().toString().substring(0, 6);
        TokenSigner signer = new TokenSigner(Pem.readPrivateKey(settings.signingKey()));
        Timeline timeline = new Timeline();
        RunSummary summary = new RunSummary(settings, started);
        if (!settings.variants().isEmpty()) {
            String md = new VariantComparison(settings, label -> tokens(signer, runId + "-" + label), timeline).run(summary);
            System.out.println();
            System.out.print(md);
            write(settings, timeline, md);
            return;
        }
        try (LoadClient client = new LoadClient(settings.base(), settings.connections())) {
            SessionSteps steps = new SessionSteps(client, tokens(signer, runId), settings, timeline, "");
            int warmUpStep = Math.max(1, settings.warmUpSeconds() / settings.warmUpRates().size());
            for (int rate : settings.warmUpRates()) {
                System.err.printf("routine-sessions: warm-up, %d s at %d/s%n", warmUpStep, rate);
                steps.run(rate, warmUpStep);
            }
            steps.startMeasuring();
            if (settings.fixedRate() > 0) {
                // one step at a given rate, e.g. while a profiler records the service
                Step step = steps.run(settings.fixedRate(), settings.stepSeconds());
                steps.report(step);
                write(settings, timeline, summary.conditions() + "\n" + summary.stepTable(List.of(step)));
                return;
            }
            List<Step> measured = search(steps, settings);
            System.err.printf("routine-sessions: raw transaction on the database, 1 and %d threads, %d s each%n",
                    settings.rawThreads(), settings.rawSeconds());
            RawSessionTransactions raw = new RawSessionTransactions(settings, runId);
            double rawSerial = raw.perSecond(1);
            double rawParallel = raw.perSecond(settings.rawThreads());
            String md = summary.search(measured, rawSerial, rawParallel);
            System.out.println();
            System.out.print(md);
            write(settings, timeline, md);
        }
    }

    /** The tokens of USERS athletes "bench-&lt;prefix&gt;-&lt;n&gt;". */
    private static List<String> tokens(TokenSigner signer, String prefix) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            tokens.add(signer.sign("bench-" + prefix + "-" + i, List.of("athlete"), Duration.ofHours(2)));
        }
        return tokens;
    }

    private static List<Step> search(SessionSteps steps, BenchSettings settings) throws InterruptedException {
        List<Step> measured = new ArrayList<>();
        RateSearch search = new RateSearch(settings.startRate(), settings.p99GoalMillis());
        for (OptionalInt rate = search.next(); rate.isPresent(); rate = search.next()) {
            search.record(measure(steps, settings, rate.getAsInt(), measured));
        }
        return measured;
    }

    private static Step measure(SessionSteps steps, BenchSettings settings, int rate, List<Step> measured) throws InterruptedException {
        Step step = steps.run(rate, settings.stepSeconds());
        measured.add(step);
        steps.report(step);
        return step;
    }

    private static void write(BenchSettings settings, Timeline timeline, String summary) throws Exception {
        if (settings.runDirectory().isEmpty()) {
            return;
        }
        Path dir = Files.createDirectories(settings.runDirectory().get());
        timeline.write(dir);
        Files.writeString(dir.resolve("summary.md"), summary);
    }
}
