package app.limber.routine.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.util.Map;

/**
 * Not ready until the catalog read model holds every catalog event that existed when the service started,
 * so that a request right after "ready" finds the exercises the catalog had published by then. From then
 * on this check stays up: keeping up with later changes is the consumer's ordinary work.
 *
 * <p>"Started" is the moment readiness is first asked, which a launcher or an orchestrator does as soon as
 * the service answers HTTP. Not the start-up event: in a stack started at once, the catalog publishes its
 * seed while this service is still starting, and offsets taken then can miss all of it.
 */
@Readiness
@ApplicationScoped
class ReadModelReadiness implements HealthCheck {

    static final String NAME = "catalog read model";
    private static final Logger LOG = Logger.getLogger(ReadModelReadiness.class);

    private final CatchUpTracker tracker;
    private final CatalogTopicOffsets offsets;

    ReadModelReadiness(CatchUpTracker tracker, CatalogTopicOffsets offsets) {
        this.tracker = tracker;
        this.offsets = offsets;
    }

    @Override
    public HealthCheckResponse call() {
        if (tracker.caughtUp()) {
            return HealthCheckResponse.up(NAME);
        }
        try {
            if (!tracker.hasTarget()) {
                Map<Integer, Long> endOffsets = offsets.endOffsets();
                tracker.noneBelow(offsets.startOffsets());
                tracker.aimAt(endOffsets);
                LOG.infof("not ready until the catalog read model has caught up with %s as it is now (end offsets %s)",
                        offsets.topic(), endOffsets);
            }
            long behind = tracker.behind(offsets.committedOffsets());
            if (behind > 0) {
                return HealthCheckResponse.named(NAME).down().withData("recordsBehind", behind).build();
            }
            LOG.infof("the catalog read model holds every record %s had at start", offsets.topic());
            offsets.close();
            return HealthCheckResponse.up(NAME);
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", e.getMessage()).build();
        }
    }
}
