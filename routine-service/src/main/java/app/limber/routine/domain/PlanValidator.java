package app.limber.routine.domain;

import java.time.LocalDate;

/** The rules a plan must meet beyond the shape the API checks; the first broken one is reported. */
public final class PlanValidator {

    private PlanValidator() {
    }

    /**
     * @param routineVisible whether the plan's routine exists and the user may see it
     * @throws RoutineException ({@code INVALID}) naming the field of the first broken rule
     */
    public static void validate(PlanInput input, boolean routineVisible) {
        if (!TimeZones.isIana(input.timeZone())) {
            throw RoutineException.invalid("timeZone", TimeZones.MUST_BE_IANA);
        }
        if (!plausible(input.startsOn())) {
            throw RoutineException.invalid("startsOn", "must lie between 1970 and 9999");
        }
        if (input.endsOn() != null && !plausible(input.endsOn())) {
            throw RoutineException.invalid("endsOn", "must lie between 1970 and 9999");
        }
        if (input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            throw RoutineException.invalid("endsOn", "must not be before startsOn");
        }
        if (!routineVisible) {
            throw RoutineException.invalid("routineId", "no such routine");
        }
    }

    private static boolean plausible(LocalDate date) {
        return date.getYear() >= 1970 && date.getYear() <= 9999;
    }
}
