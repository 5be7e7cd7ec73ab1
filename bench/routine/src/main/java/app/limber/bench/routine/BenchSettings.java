package app.limber.bench.routine;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The bench's knobs, all from the environment; bench/routine-sessions.sh sets the stack's and documents the rest. */
record BenchSettings(URI base, OptionalLong servicePid, String jdbcUrl, String jdbcUser, String jdbcPassword,
                     Path signingKey, int stepSeconds, double p99GoalMillis, int startRate, int rawThreads, int rawSeconds,
                     int warmUpSeconds, List<Integer> warmUpRates, int fixedRate, int connections,
                     Optional<Path> runDirectory, List<Variant> variants) {

    /** One of the services a comparison runs side by side: its label, address and process. */
    record Variant(String label, URI base, long pid) {

        /** {@code label=url@pid}, as bench/routine-sessions.sh writes them into BENCH_VARIANTS. */
        static Variant parse(String spec) {
            int equals = spec.indexOf('=');
            int at = spec.lastIndexOf('@');
            if (equals <= 0 || at < equals) {
                throw new IllegalArgumentException("BENCH_VARIANTS lists label=url@pid, not " + spec);
            }
            return new Variant(spec.substring(0, equals), URI.create(spec.substring(equals + 1, at)),
                    Long.parseLong(spec.substring(at + 1)));
        }
    }

    /** The same knobs against one of the variants. */
    BenchSettings against(Variant variant) {
        return new BenchSettings(variant.base(), OptionalLong.of(variant.pid()), jdbcUrl, jdbcUser, jdbcPassword,
                signingKey, stepSeconds, p99GoalMillis, startRate, rawThreads, rawSeconds, warmUpSeconds, warmUpRates,
                fixedRate, connections, runDirectory, List.of());
    }

    static BenchSettings fromEnvironment() {
        String out = env("BENCH_OUT", "");
        String pid = env("BENCH_SERVICE_PID", "");
        String variants = env("BENCH_VARIANTS", "");
        return new BenchSettings(
                URI.create(env("BENCH_BASE", "http://localhost:8082")),
                pid.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(pid)),
                env("BENCH_JDBC", "jdbc:postgresql://localhost:5432/routine"),
                env("BENCH_JDBC_USER", "postgres"),
                env("BENCH_JDBC_PASSWORD", "postgres"),
                Path.of(env("BENCH_KEY", ".limber/keys/private-key.pem")),
                Integer.parseInt(env("BENCH_STEP_SECONDS", "30")),
                Double.parseDouble(env("BENCH_P99_MS", "50")),
                Integer.parseInt(env("BENCH_START_RATE", "50")),
                Integer.parseInt(env("BENCH_RAW_THREADS", "8")),
                Integer.parseInt(env("BENCH_RAW_SECONDS", "15")),
                Integer.parseInt(env("BENCH_WARMUP_SECONDS", "60")),
                // rising rates, so that the JIT has compiled the hot paths for the rates measured later: a C2
                // compilation burst inside a measured step would decide its p99
                Arrays.stream(env("BENCH_WARMUP_RATES", "100,200,400,800").split(",")).map(r -> Integer.parseInt(r.trim())).toList(),
                Integer.parseInt(env("BENCH_FIXED_RATE", "0")),
                Integer.parseInt(env("BENCH_CONNECTIONS", "64")),
                // the run directory for bench/report.sh (bench/README.md, "Reports")
                out.isEmpty() ? Optional.empty() : Optional.of(Path.of(out)),
                variants.isEmpty() ? List.of() : Arrays.stream(variants.trim().split("\\s+")).map(Variant::parse).toList());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
