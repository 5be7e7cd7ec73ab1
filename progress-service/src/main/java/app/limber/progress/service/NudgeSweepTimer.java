package app.limber.progress.service;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import app.limber.progress.config.CoachAlertConfig;
import app.limber.progress.config.MilestoneConfig;
import app.limber.progress.config.NudgeSweepConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Runs {@link NudgeSweep} (unless milestones are off) and {@link CoachAlertSweep} (unless coach alerts are off) every
 * {@code limber.nudges.sweep-every} at the clock's now, on one thread of its own.
 */
@ApplicationScoped
public class NudgeSweepTimer {

    private static final Logger LOG = Logger.getLogger(NudgeSweepTimer.class);

    private final NudgeSweep sweep;
    private final CoachAlertSweep alertSweep;
    private final Clock clock;
    private final long everyMillis;
    private final boolean nudges;
    private final boolean alerts;
    private ScheduledExecutorService executor;

    NudgeSweepTimer(NudgeSweep sweep, CoachAlertSweep alertSweep, Clock clock, NudgeSweepConfig config,
                    MilestoneConfig milestones, CoachAlertConfig coachAlerts) {
        this.sweep = sweep;
        this.alertSweep = alertSweep;
        this.clock = clock;
        this.everyMillis = config.sweepEvery().toMillis();
        this.nudges = milestones.enabled();
        this.alerts = coachAlerts.enabled();
    }

    void onStart(@Observes StartupEvent event) {
        if (everyMillis <= 0 || !nudges && !alerts) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "nudge-sweep");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::sweepNow, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void sweepNow() {
        if (nudges) {
            try {
                NudgeSweep.Swept swept = sweep.sweep(clock.instant());
                if (swept.users() > 0) {
                    LOG.debugf("nudge sweep: %d users, %d published, %d suppressed", swept.users(), swept.published(),
                            swept.suppressed());
                }
            } catch (RuntimeException e) {
                // the next run tries again; a nudge stays due until the end of its local day
                LOG.warn("nudge sweep failed", e);
            }
        }
        if (alerts) {
            try {
                int athletes = alertSweep.sweep(clock.instant());
                if (athletes > 0) {
                    LOG.debugf("coach alert sweep: %d athletes", athletes);
                }
            } catch (RuntimeException e) {
                // the next run tries again: the athletes stay due
                LOG.warn("coach alert sweep failed", e);
            }
        }
    }
}
