package app.limber.routine.domain;

import app.limber.platform.problem.Messages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The rules a plan must meet beyond the shape the API checks; the first broken one is reported. */
public final class PlanValidator {

    /**
     * How far from today (in the plan's zone) a plan may start. A year back lets someone record the plan
     * they have been following, with its back-dated sessions; a year ahead is further than anyone plans
     * their training. Beyond that a start date is a typo (1999 for 2026), and the plan would count as
     * active in every week of the platform's analytics from then on.
     */
    public static final int MAX_START_DAYS_FROM_TODAY = 365;
    public static final String START_RULE = "At most " + MAX_START_DAYS_FROM_TODAY
            + " days before or after today in the plan's time zone";

    private PlanValidator() {
    }

    /**
     * @param routineVisible whether the plan's routine exists and the user may see it
     * @throws RoutineException ({@code INVALID}) naming the field of the first broken rule
     */
    public static void validate(PlanInput input, boolean routineVisible, Instant now) {
        if (!TimeZones.isIana(input.timeZone())) {
            throw RoutineException.invalid("timeZone", TimeZones.MUST_BE_IANA);
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of(input.timeZone()));
        LocalDate earliest = today.minusDays(MAX_START_DAYS_FROM_TODAY);
        LocalDate latest = today.plusDays(MAX_START_DAYS_FROM_TODAY);
        if (input.startsOn().isBefore(earliest) || input.startsOn().isAfter(latest)) {
            throw RoutineException.invalid("startsOn", Messages.dateInRange(earliest, latest));
        }
        if (input.endsOn() != null && input.endsOn().getYear() > 9999) {
            throw RoutineException.invalid("endsOn", Messages.dateInRange(input.startsOn(), LocalDate.of(9999, 12, 31)));
        }
        if (input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            throw RoutineException.invalid("endsOn", "must not be before startsOn");
        }
        if (!routineVisible) {
            throw RoutineException.invalid("routineId", "no such routine");
        }
    }
}
