package app.limber.bench.routine;

import app.limber.bench.common.Host;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** summary.md of a run (report contract: Markdown, no top-level title): the conditions, the steps, the verdict. */
record RunSummary(BenchSettings settings, Instant started) {

    String conditions() {
        return String.format(Locale.ROOT, "Started %s UTC against %s on %d cores, load average %s; steps of %d s at a constant"
                        + " arrival rate after a %d s warm-up at rising rates, latency counted from each request's due time. The chart has one"
                        + " point per second of the steps (requests grouped by the second they were due in) and the outbox lag"
                        + " read after each step.%n",
                started.truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ').replace("Z", ""),
                settings.variants().isEmpty() ? settings.base() : "the services below", Runtime.getRuntime().availableProcessors(), Host.loadAverage(), settings.stepSeconds(),
                settings.warmUpSeconds());
    }

    String stepTable(List<Step> steps) {
        StringBuilder md = new StringBuilder("| rate (req/s) | sent | 201 | failed | p50 ms | p99 ms | max ms | outbox lag p50 ms | lag p99 ms"
                + " | service CPU ms/request |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Step s : steps) {
            md.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |%n", s.rate(), s.sent(),
                    s.ok(), s.failed(), s.p50(), s.p99(), s.max(), s.lagP50(), s.lagP99(),
                    Double.isNaN(s.cpuMillisPerRequest()) ? "–" : String.format(Locale.ROOT, "%.2f", s.cpuMillisPerRequest())));
        }
        return md.toString();
    }

    /** The search's steps, the highest rate that met the goal, and how it compares with the raw transaction. */
    String search(List<Step> steps, double rawSerial, double rawParallel) {
        double goal = settings.p99GoalMillis();
        Optional<Step> best = steps.stream().filter(step -> step.meets(goal)).max(Comparator.comparingInt(Step::rate));
        int bestRate = best.map(Step::rate).orElse(0);
        StringBuilder md = new StringBuilder(conditions()).append("\n").append(stepTable(steps)).append("\n");
        md.append(String.format(Locale.ROOT, "highest rate with p99 < %.0f ms: %d req/s%n%n", goal, bestRate));
        md.append(String.format(Locale.ROOT, "same transaction straight on PostgreSQL: %.0f tx/s on one connection, %.0f tx/s on %d%n%n",
                rawSerial, rawParallel, settings.rawThreads()));
        md.append(String.format(Locale.ROOT, "ratio: %.2f against one connection (goal >= 0.50: %s), %.2f against %d (%s)%n",
                bestRate / rawSerial, bestRate / rawSerial >= 0.5 ? "met" : "**not met**",
                bestRate / rawParallel, settings.rawThreads(), bestRate / rawParallel >= 0.5 ? "met" : "**not met**"));
        best.ifPresent(step -> md.append(String.format(Locale.ROOT,
                "%noutbox publish lag at %d req/s (commit -> broker ack): p50 %.1f ms, p99 %.1f ms%n",
                step.rate(), step.lagP50(), step.lagP99())));
        return md.toString();
    }
}
