package app.limber.localstack;

import app.limber.infra.KraftBroker;
import app.limber.infra.Ports;
import app.limber.infra.PostgresServer;
import app.limber.infra.TopicCatalog;
import app.limber.infra.TopicProvisioner;
import app.limber.infra.TopicSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The whole system on one machine: PostgreSQL, a Kafka broker, then the three services and the web front end,
 * started in that order and stopped in reverse. {@link #close()} may be called from a shutdown hook while
 * {@link #start()} is still running; whatever was started by then is stopped.
 */
public final class LocalStack implements AutoCloseable {

    public static final List<String> DATABASES = List.of("catalog", "routine", "progress");

    private final LaunchOptions options;
    private final StackLayout layout;
    private final Progress progress;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final List<ServiceProcess> processes = new ArrayList<>();
    private final List<RunningService> services = new ArrayList<>();
    private volatile boolean closed;

    private DevKeys keys;
    private PostgresServer postgres;
    private KraftBroker kafka;
    private double readySeconds;

    public LocalStack(LaunchOptions options, Progress progress) {
        this.options = options;
        this.layout = options.layout();
        this.progress = progress;
    }

    /** Starts everything and returns once every service answers ready; on failure nothing is left running. */
    public LocalStack start() throws Exception {
        try {
            startAll();
            return this;
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    private void startAll() throws Exception {
        StackPidFile.runningStack(layout.pidFile()).ifPresent(running -> {
            throw new StackStartException("Limber is already running from " + layout.workDir() + " (pid " + running.pid()
                    + "); stop it with ./limber down");
        });
        Map<String, Path> jars = serviceJars();
        PlannedPorts ports = planPorts();

        if (options.fresh()) {
            progress.step("wiping stored data in " + layout.workDir() + " (--fresh)");
            layout.wipeData();
        }
        layout.createDirectories();
        Files.deleteIfExists(layout.readyMarker());
        StackPidFile.write(layout.pidFile());
        onClose(() -> StackPidFile.delete(layout.pidFile()));

        keys = DevKeys.loadOrCreate(layout.keys());

        progress.step("starting PostgreSQL on port " + ports.postgres() + ports.postgresNote());
        postgres = new PostgresServer(layout.postgresData(), ports.postgres(), layout.log("postgres"));
        onClose(postgres);
        postgres.start();
        postgres.ensureDatabases(DATABASES);
        progress.step("PostgreSQL ready; databases " + String.join(", ", DATABASES));

        progress.step("starting Kafka on port " + ports.kafka());
        kafka = new KraftBroker(layout.kafkaData(), ports.kafka(), layout.workDir().resolve("kafka.properties"));
        onClose(kafka);
        kafka.start();
        List<TopicSpec> topics = TopicCatalog.fromContracts();
        List<String> created = TopicProvisioner.ensure(kafka.bootstrapServers(), topics);
        progress.step("Kafka ready; " + topics.size() + " topics (" + created.size() + " created)");

        for (ServiceSpec spec : ports.services()) {
            progress.step("starting " + spec.name() + " on port " + spec.port());
            ServiceProcess process = ServiceProcess.start(spec, jars.get(spec.name()), environment(spec, ports.services()),
                    options.serviceJvmOptions(), layout.workDir(), layout.log(spec.name()));
            processes.add(process);
            onClose(new ServicesStopper(List.of(process)));
            StackPidFile.appendChild(layout.pidFile(), spec.name(), process.pid());
        }
        new ReadinessProbe().awaitAll(processes, options.readyTimeout(), process -> {
            RunningService running = new RunningService(process.spec(), process.pid(), process.log(),
                    StartupLog.startedInSeconds(process.log()));
            services.add(running);
            progress.step(process.spec().name() + " ready at " + process.spec().baseUrl()
                    + running.startedInSeconds().map(s -> String.format(Locale.ROOT, " (started in %.3fs)", s)).orElse(""));
        });
        services.sort(java.util.Comparator.comparing(service -> ports.services().indexOf(service.spec())));
        readySeconds = progress.elapsedSeconds();

        Files.writeString(layout.readyMarker(), ReadySummary.render(this));
        onClose(() -> Files.deleteIfExists(layout.readyMarker()));
    }

    private Map<String, Path> serviceJars() {
        Map<String, Path> jars = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.DEFAULTS) {
            Path jar = layout.serviceJar(spec.module());
            if (!Files.isRegularFile(jar)) {
                throw new StackStartException(spec.module() + " is not packaged (" + jar
                        + " is missing); build it with ./mvnw -B -DskipTests package");
            }
            jars.put(spec.name(), jar);
        }
        return jars;
    }

    /** Checks every fixed port before anything starts, so a clash leaves nothing running. */
    private PlannedPorts planPorts() {
        Map<Integer, String> planned = new LinkedHashMap<>();
        int kafkaPort = plan(options.kafkaPort(), "Kafka", "--kafka-port", "LIMBER_KAFKA_PORT", planned);
        List<ServiceSpec> specs = new ArrayList<>();
        for (ServiceSpec spec : options.services()) {
            specs.add(spec.withPort(plan(spec.port(), spec.name(), spec.portOption(), spec.portVariable(), planned)));
        }
        int postgresPort = options.postgresPort() == 0 ? unplannedFreePort(planned) : options.postgresPort();
        String note = "";
        if (planned.containsKey(postgresPort) || !Ports.isFree(postgresPort)) {
            note = " (" + postgresPort + " is taken)";
            postgresPort = unplannedFreePort(planned);
        }
        return new PlannedPorts(postgresPort, note, kafkaPort, List.copyOf(specs));
    }

    private static int plan(int requested, String what, String option, String variable, Map<Integer, String> planned) {
        int port = requested == 0 ? unplannedFreePort(planned) : requested;
        String other = planned.putIfAbsent(port, what);
        if (other != null) {
            throw new StackStartException("port " + port + " is given to both " + other + " and " + what + "; change one with "
                    + option + " or " + variable);
        }
        if (!Ports.isFree(port)) {
            throw new StackStartException("port " + port + " for " + what + " is already in use; free it or choose another with "
                    + option + " or " + variable);
        }
        return port;
    }

    private static int unplannedFreePort(Map<Integer, String> planned) {
        int port;
        do {
            port = Ports.anyFree();
        } while (planned.containsKey(port));
        return port;
    }

    private Map<String, String> environment(ServiceSpec spec, List<ServiceSpec> all) {
        if (!spec.isApi()) {
            Map<String, String> urls = new LinkedHashMap<>();
            all.stream().filter(ServiceSpec::isApi).forEach(api -> urls.put(api.name(), api.baseUrl()));
            return spec.webEnvironment(urls, keys.privateKeyFile());
        }
        return spec.environment(postgres.jdbcUrl(spec.name()), kafka.bootstrapServers(), keys);
    }

    private synchronized void onClose(AutoCloseable resource) throws Exception {
        started.push(resource);
        if (closed) {
            close();
            throw new StackStartException("stopped while starting");
        }
    }

    public List<RunningService> services() {
        return List.copyOf(services);
    }

    /** Process ids of the service processes, including any that did not become ready. */
    public List<Long> servicePids() {
        return processes.stream().map(ServiceProcess::pid).toList();
    }

    public OptionalLong postgresPid() {
        return postgres == null ? OptionalLong.empty() : postgres.postmasterPid();
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public DevKeys devKeys() {
        return keys;
    }

    public StackLayout layout() {
        return layout;
    }

    public double readySeconds() {
        return readySeconds;
    }

    /** Stops services, then the broker, then PostgreSQL; safe to call more than once and from any thread. */
    @Override
    public synchronized void close() {
        closed = true;
        AutoCloseable resource;
        // all services get SIGTERM together, so their shutdowns overlap instead of queueing
        for (AutoCloseable candidate : started) {
            if (candidate instanceof ServicesStopper stopper) {
                stopper.requestStop();
            }
        }
        while ((resource = started.poll()) != null) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("limber: while stopping: " + e);
            }
        }
    }

    private record PlannedPorts(int postgres, String postgresNote, int kafka, List<ServiceSpec> services) {
    }

    private record ServicesStopper(List<ServiceProcess> processes) implements AutoCloseable {
        void requestStop() {
            processes.forEach(ServiceProcess::requestStop);
        }

        @Override
        public void close() {
            requestStop();
            processes.forEach(ServiceProcess::awaitStop);
        }
    }
}
