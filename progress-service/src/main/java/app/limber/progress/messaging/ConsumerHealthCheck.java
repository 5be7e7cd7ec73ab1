package app.limber.progress.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import app.limber.progress.config.ConsumerSettings;

/**
 * Ready while the consumer loop runs and is not stuck. A poison record does not make it unready (it is
 * dead-lettered); a database that keeps refusing batches for {@code limber.consumer.stuck-after} does.
 */
@Readiness
@ApplicationScoped
public class ConsumerHealthCheck implements HealthCheck {

    private final ProgressConsumer consumer;
    private final ConsumerSettings settings;

    ConsumerHealthCheck(ProgressConsumer consumer, ConsumerSettings settings) {
        this.consumer = consumer;
        this.settings = settings;
    }

    @Override
    public HealthCheckResponse call() {
        ConsumerStatus status = consumer.status();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("progress consumer");
        if (!settings.enabled()) {
            return response.up().withData("enabled", false).build();
        }
        boolean up = status.running() && !status.stuck(settings.stuckAfter());
        response.status(up).withData("running", status.running());
        if (status.lastError() != null) {
            response.withData("lastError", status.lastError());
        }
        return response.build();
    }
}
