package app.limber.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while events wait longer than they should: something keeps them from the broker. */
@Readiness
@ApplicationScoped
class OutboxHealthCheck implements HealthCheck {

    private final OutboxStore store;
    private final OutboxConfig config;

    OutboxHealthCheck(OutboxStore store, OutboxConfig config) {
        this.store = store;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        PendingStats stats = store.pendingStats();
        boolean stuck = stats.count() > 0 && stats.oldestAge().compareTo(config.stuckAfter()) > 0;
        return HealthCheckResponse.named("outbox")
                .status(!stuck)
                .withData("pending", stats.count())
                .withData("oldestPendingSeconds", stats.oldestAge().toSeconds())
                .withData("stuckAfterSeconds", config.stuckAfter().toSeconds())
                .build();
    }
}
