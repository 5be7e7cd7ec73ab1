package app.limber.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still at one instant, for a service under test whose answers depend on "now": a test
 * module makes a CDI alternative of it, so that calendar dates in its tests mean the same on any day they run.
 */
public class StoppedClock extends Clock {

    private final Instant now;

    protected StoppedClock(Instant now) {
        this.now = now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
