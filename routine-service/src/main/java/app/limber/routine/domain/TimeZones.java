package app.limber.routine.domain;

import app.limber.platform.problem.Messages;

import java.time.ZoneId;
import java.util.Set;

/** IANA zone ids only: {@code Europe/Berlin} or {@code UTC}, never an offset such as {@code +01:00}. */
public final class TimeZones {

    public static final String MUST_BE_IANA = Messages.TIME_ZONE;

    private static final Set<String> IANA = ZoneId.getAvailableZoneIds();

    private TimeZones() {
    }

    public static boolean isIana(String id) {
        return id != null && IANA.contains(id);
    }
}
