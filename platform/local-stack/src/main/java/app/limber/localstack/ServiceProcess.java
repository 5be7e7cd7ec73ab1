package app.limber.localstack;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service running from its packaged jar as a child process, configured only through environment
 * variables, with stdout and stderr in its own log file.
 */
public final class ServiceProcess {

    private static final long STOP_GRACE_SECONDS = 20;

    private final ServiceSpec spec;
    private final Process process;
    private final Path log;

    private ServiceProcess(ServiceSpec spec, Process process, Path log) {
        this.spec = spec;
        this.process = process;
        this.log = log;
    }

    public static ServiceProcess start(ServiceSpec spec, Path jar, Map<String, String> environment, List<String> jvmOptions,
                                       Path workingDirectory, Path log) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                // not the repository root: Quarkus would pick up a stray .env or config/ there
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        return new ServiceProcess(spec, builder.start(), log);
    }

    public ServiceSpec spec() {
        return spec;
    }

    public Path log() {
        return log;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int exitCode() {
        return process.exitValue();
    }

    /** Sends SIGTERM so Quarkus shuts down gracefully; does not wait. */
    public void requestStop() {
        process.destroy();
    }

    /** Waits for the process to end after {@link #requestStop()}, killing it once the grace period is over. */
    public void awaitStop() {
        try {
            if (!process.waitFor(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
