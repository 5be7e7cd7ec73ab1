package app.limber.routine.support;

import app.limber.testing.StoppedClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The service's clock in every test of this module, stopped at {@link #NOW}: plan bounds, "today" and
 * "not in the future" are relative to it, so tests with calendar dates mean the same on any day they run.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends StoppedClock {

    /** Wednesday 2026-11-25, 12:00 UTC. */
    public static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    public TestClock() {
        super(NOW);
    }

    public static LocalDate today(String zone) {
        return LocalDate.ofInstant(NOW, ZoneId.of(zone));
    }
}
