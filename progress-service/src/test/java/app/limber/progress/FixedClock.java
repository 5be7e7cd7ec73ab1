package app.limber.progress;

import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import app.limber.testing.StoppedClock;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The service's clock stopped at {@link #NOW}, for tests whose answer depends on the time of day; a test class
 * selects it with {@code @TestProfile(FixedClock.Profile.class)} (an application start of its own).
 */
@Alternative
@Singleton
public class FixedClock extends StoppedClock {

    /** Monday 2026-11-23 07:30 UTC: still Sunday 2026-11-22, 23:30, in Los Angeles. */
    public static final Instant NOW = Instant.parse("2026-11-23T07:30:00Z");

    public FixedClock() {
        super(NOW);
    }

    public static class Profile implements QuarkusTestProfile {

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(FixedClock.class);
        }
    }
}
