package app.limber.bench.system;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The bench's knobs, all from the environment (the scripts document them). */
record Settings(Path repository, Path runDir, long sessions, int users, double rate, int days, double planShare,
                List<String> serviceJvmOptions, long settleTimeoutSeconds, int warmUpSeconds) {

    static Settings fromEnvironment(String defaultSessions, String defaultUsers, String defaultRate) {
        Path runDir = Path.of(required("BENCH_RUN_DIR")).toAbsolutePath();
        List<String> jvm = new ArrayList<>();
        jvm.add("-Xmx" + env("BENCH_SERVICE_HEAP", "256m"));
        // the local stack's default (C1 only); BENCH_SERVICE_JVM_OPTS comes later and so wins
        jvm.add("-XX:TieredStopAtLevel=1");
        for (String option : env("BENCH_SERVICE_JVM_OPTS", "").trim().split("\\s+")) {
            if (!option.isEmpty()) {
                jvm.add(option);
            }
        }
        return new Settings(Path.of(env("BENCH_REPO", ".")).toAbsolutePath().normalize(), runDir,
                Long.parseLong(env("BENCH_SESSIONS", defaultSessions)),
                Integer.parseInt(env("BENCH_USERS", defaultUsers)),
                Double.parseDouble(env("BENCH_RATE", defaultRate)),
                Integer.parseInt(env("BENCH_DAYS", "60")),
                Double.parseDouble(env("BENCH_PLAN_SHARE", "0.3")),
                List.copyOf(jvm),
                Long.parseLong(env("BENCH_SETTLE_TIMEOUT", "600")),
                Integer.parseInt(env("BENCH_WARMUP_SECONDS", "10")));
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be set (the scripts set it)");
        }
        return value;
    }
}
