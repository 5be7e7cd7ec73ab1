package app.limber.bench.routine;

import app.limber.bench.common.LoadClient;
import app.limber.bench.common.Timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Two or more routine processes that differ in one setting (e.g. sealing on and off), measured in one run: the same
 * warm-up, then each one's rate search advanced in lockstep, a step of one followed by a step of the next, so that
 * whatever else the machine does falls on all of them alike. Each has users of its own.
 */
final class VariantComparison {

    private final BenchSettings settings;
    private final Function<String, List<String>> tokensFor;
    private final Timeline timeline;

    /** {@code tokensFor} gives a variant's label its own users' tokens. */
    VariantComparison(BenchSettings settings, Function<String, List<String>> tokensFor, Timeline timeline) {
        this.settings = settings;
        this.tokensFor = tokensFor;
        this.timeline = timeline;
    }

    /** Runs the comparison and answers its summary (Markdown). */
    String run(RunSummary summary) throws InterruptedException {
        Map<BenchSettings.Variant, LoadClient> clients = new LinkedHashMap<>();
        try {
            Map<BenchSettings.Variant, SessionSteps> steps = new LinkedHashMap<>();
            for (BenchSettings.Variant variant : settings.variants()) {
                LoadClient client = new LoadClient(variant.base(), settings.connections());
                clients.put(variant, client);
                steps.put(variant, new SessionSteps(client, tokensFor.apply(variant.label()), settings.against(variant),
                        timeline, variant.label() + " "));
            }
            int warmUpStep = Math.max(1, settings.warmUpSeconds() / settings.warmUpRates().size());
            for (int rate : settings.warmUpRates()) {
                for (Map.Entry<BenchSettings.Variant, SessionSteps> each : steps.entrySet()) {
                    System.err.printf("routine-sessions: warm-up of %s, %d s at %d/s%n", each.getKey().label(), warmUpStep, rate);
                    each.getValue().run(rate, warmUpStep);
                }
            }
            steps.values().forEach(SessionSteps::startMeasuring);
            Map<BenchSettings.Variant, RateSearch> searches = new LinkedHashMap<>();
            Map<BenchSettings.Variant, List<Step>> measured = new LinkedHashMap<>();
            steps.keySet().forEach(variant -> {
                searches.put(variant, new RateSearch(settings.startRate(), settings.p99GoalMillis()));
                measured.put(variant, new ArrayList<>());
            });
            boolean searching = true;
            while (searching) {
                searching = false;
                for (BenchSettings.Variant variant : steps.keySet()) {
                    OptionalInt rate = searches.get(variant).next();
                    if (rate.isPresent()) {
                        Step step = steps.get(variant).run(rate.getAsInt(), settings.stepSeconds());
                        steps.get(variant).report(step);
                        searches.get(variant).record(step);
                        measured.get(variant).add(step);
                        searching = true;
                    }
                }
            }
            return summary(summary, measured);
        } finally {
            clients.values().forEach(LoadClient::close);
        }
    }

    private String summary(RunSummary summary, Map<BenchSettings.Variant, List<Step>> measured) {
        StringBuilder md = new StringBuilder(summary.conditions()).append('\n');
        md.append("The services compared, side by side in this run, with a step of one followed by a step of the next: ");
        md.append(String.join(", ", measured.keySet().stream().map(v -> v.label() + " (" + v.base() + ")").toList()));
        md.append(".\n\n");
        Map<String, Integer> best = new LinkedHashMap<>();
        Map<String, OptionalDouble> cpu = new LinkedHashMap<>();
        List<Integer> common = commonRates(measured);
        measured.forEach((variant, steps) -> {
            md.append("### ").append(variant.label()).append("\n\n").append(summary.stepTable(steps)).append('\n');
            best.put(variant.label(), steps.stream().filter(s -> s.meets(settings.p99GoalMillis())).mapToInt(Step::rate).max().orElse(0));
            // the mean over the rates every variant ran, so that each is weighed at the same loads
            cpu.put(variant.label(), steps.stream().filter(s -> common.contains(s.rate()) && Double.isFinite(s.cpuMillisPerRequest()))
                    .mapToDouble(Step::cpuMillisPerRequest).average());
        });
        md.append(String.format(Locale.ROOT, "| service | highest rate with p99 < %.0f ms (req/s) | service CPU per request, mean over %s req/s (ms) |%n",
                settings.p99GoalMillis(), common.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("no common rate")));
        md.append("|---|---|---|\n");
        best.forEach((label, rate) -> md.append(String.format(Locale.ROOT, "| %s | %d | %s |%n", label, rate,
                cpu.get(label).isPresent() ? String.format(Locale.ROOT, "%.2f", cpu.get(label).getAsDouble()) : "–")));
        List<String> labels = new ArrayList<>(best.keySet());
        if (labels.size() == 2) {
            String first = labels.get(0);
            String second = labels.get(1);
            md.append(String.format(Locale.ROOT, "%n%s / %s: highest rate **%.2f**", first, second,
                    (double) best.get(first) / Math.max(1, best.get(second))));
            if (cpu.get(first).isPresent() && cpu.get(second).isPresent()) {
                md.append(String.format(Locale.ROOT, ", CPU per request **%.2f**", cpu.get(first).getAsDouble() / cpu.get(second).getAsDouble()));
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static List<Integer> commonRates(Map<BenchSettings.Variant, List<Step>> measured) {
        List<Integer> common = null;
        for (List<Step> steps : measured.values()) {
            List<Integer> rates = steps.stream().map(Step::rate).distinct().toList();
            common = common == null ? new ArrayList<>(rates) : new ArrayList<>(common.stream().filter(rates::contains).toList());
        }
        return common == null ? List.of() : common;
    }
}
