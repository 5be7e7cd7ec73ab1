package app.limber.localstack;

import java.nio.file.Path;
import java.util.Optional;

/** A service that answered ready: where it is, its process, and the start-up time it logged. */
public record RunningService(ServiceSpec spec, long pid, Path log, Optional<Double> startedInSeconds) {

    public String baseUrl() {
        return spec.baseUrl();
    }

    public String swaggerUi() {
        return spec.baseUrl() + "/q/swagger-ui";
    }
}
