package app.limber.progress.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Short, readable constructors for domain facts in tests (of this package and its subpackages). */
public final class Facts {

    public static final ZoneId UTC = ZoneId.of("UTC");
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    public static final UUID MOBILITY = id("routine:mobility");
    public static final UUID STRENGTH = id("routine:strength");
    public static final int HALF_HOUR = 1800;

    private Facts() {
    }

    public static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    public static IsoWeek week(String iso) {
        return IsoWeek.parse(iso);
    }

    public static PlanFact plan(String name, UUID routine, int weeklyTarget, ZoneId zone, String startsOn) {
        return new PlanFact(id(name), routine, weeklyTarget, zone, date(startsOn), null);
    }

    public static PlanFact plan(String name, UUID routine, int weeklyTarget, ZoneId zone, String startsOn, String endsOn) {
        return new PlanFact(id(name), routine, weeklyTarget, zone, date(startsOn), date(endsOn));
    }

    /** A half-hour session completed at {@code localDateTime} in {@code zone}, naming {@code plan} (or none). */
    public static SessionFact session(String name, UUID routine, PlanFact plan, String localDateTime, ZoneId zone) {
        return session(name, routine, plan, localDateTime, zone, HALF_HOUR);
    }

    public static SessionFact session(String name, UUID routine, PlanFact plan, String localDateTime, ZoneId zone,
                               int durationSeconds) {
        Instant completedAt = LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
        return at(name, routine, plan, completedAt, zone, durationSeconds);
    }

    /** A session completed at an exact instant; its local date is derived as routine-service does. */
    public static SessionFact at(String name, UUID routine, PlanFact plan, Instant completedAt, ZoneId zone) {
        return at(name, routine, plan, completedAt, zone, HALF_HOUR);
    }

    private static SessionFact at(String name, UUID routine, PlanFact plan, Instant completedAt, ZoneId zone,
                                  int durationSeconds) {
        return new SessionFact(id(name), routine, plan == null ? null : plan.planId(), completedAt, zone,
                completedAt.atZone(zone).toLocalDate(), durationSeconds,
                List.of(new ExerciseFact(List.of("hips"), 1, 10, 0)));
    }

    public static UserFacts facts(List<PlanFact> plans, List<SessionFact> sessions) {
        return UserFacts.reconcile(plans, List.of(), sessions, List.of());
    }
}
