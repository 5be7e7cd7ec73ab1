package app.limber.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code limber up} was asked to do. Every port can be set by option ({@code --kafka-port 9092}) or
 * environment variable ({@code LIMBER_KAFKA_PORT}); the option wins. Port 0 means "any free port".
 */
public record LaunchOptions(
        StackLayout layout,
        boolean fresh,
        int postgresPort,
        int kafkaPort,
        List<ServiceSpec> services,
        Duration readyTimeout,
        List<String> serviceJvmOptions) {

    public static final int DEFAULT_POSTGRES_PORT = 5432;
    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);

    public static LaunchOptions parse(List<String> args, Map<String, String> env) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean fresh = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--fresh")) {
                fresh = true;
                continue;
            }
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument: " + arg);
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                values.put(arg.substring(0, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.size()) {
                values.put(arg, args.get(++i));
            } else {
                throw new UsageException(arg + " needs a value");
            }
        }

        Path repository = Path.of(firstOf(values.remove("--repo"), env.get("LIMBER_REPO"), "."));
        String workDir = firstOf(values.remove("--work-dir"), env.get("LIMBER_WORK_DIR"), null);
        StackLayout layout = workDir == null
                ? StackLayout.forRepository(repository)
                : new StackLayout(repository, Path.of(workDir));

        int postgresPort = port(values.remove("--postgres-port"), env.get("LIMBER_POSTGRES_PORT"), DEFAULT_POSTGRES_PORT);
        int kafkaPort = port(values.remove("--kafka-port"), env.get("LIMBER_KAFKA_PORT"), DEFAULT_KAFKA_PORT);
        List<ServiceSpec> services = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.DEFAULTS) {
            services.add(spec.withPort(port(values.remove(spec.portOption()), env.get(spec.portVariable()), spec.port())));
        }
        String timeout = firstOf(values.remove("--ready-timeout"), env.get("LIMBER_READY_TIMEOUT"), null);
        Duration readyTimeout = timeout == null ? DEFAULT_READY_TIMEOUT : Duration.ofSeconds(number("--ready-timeout", timeout));
        List<String> jvmOptions = new ArrayList<>();
        jvmOptions.add("-Xmx" + firstOf(values.remove("--service-heap"), env.get("LIMBER_SERVICE_HEAP"), "256m"));
        // C1 only: three JVMs starting at once on a laptop spend their first seconds in C2 compilation;
        // measured here it halves the time to all-ready. Options given below come later and so win.
        jvmOptions.add("-XX:TieredStopAtLevel=1");
        String extraJvmOptions = firstOf(values.remove("--service-jvm-opts"), env.get("LIMBER_SERVICE_JVM_OPTS"), "");
        jvmOptions.addAll(List.of(extraJvmOptions.trim().split("\\s+")).stream().filter(option -> !option.isEmpty()).toList());

        if (!values.isEmpty()) {
            throw new UsageException("unknown option: " + values.keySet().iterator().next());
        }
        return new LaunchOptions(layout, fresh, postgresPort, kafkaPort, List.copyOf(services), readyTimeout,
                List.copyOf(jvmOptions));
    }

    private static int port(String option, String variable, int fallback) {
        String value = firstOf(option, variable, null);
        if (value == null) {
            return fallback;
        }
        int port = number("port", value);
        if (port < 0 || port > 65535) {
            throw new UsageException("not a port: " + value);
        }
        return port;
    }

    private static int number(String what, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(what + " must be a number, got: " + value);
        }
    }

    private static String firstOf(String a, String b, String c) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        if (b != null && !b.isBlank()) {
            return b;
        }
        return c;
    }

    /** A mistake in the command line, reported as one line. */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
