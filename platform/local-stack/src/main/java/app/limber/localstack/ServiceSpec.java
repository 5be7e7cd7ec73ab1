package app.limber.localstack;

import java.util.List;

/** One Limber service as the stack runs it: a name for humans and logs, its Maven module, its HTTP port. */
public record ServiceSpec(String name, String module, int port) {

    public static final List<ServiceSpec> DEFAULTS = List.of(
            new ServiceSpec("catalog", "catalog-service", 8081),
            new ServiceSpec("routine", "routine-service", 8082),
            new ServiceSpec("progress", "progress-service", 8083));

    public ServiceSpec withPort(int newPort) {
        return new ServiceSpec(name, module, newPort);
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The command-line option and environment variable that override this service's port. */
    public String portOption() {
        return "--" + name + "-port";
    }

    public String portVariable() {
        return "LIMBER_" + name.toUpperCase(java.util.Locale.ROOT) + "_PORT";
    }
}
