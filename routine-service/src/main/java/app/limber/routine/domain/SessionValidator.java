package app.limber.routine.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The rules a reported session must meet beyond the shape the API checks; every broken one is reported. */
public final class SessionValidator {

    private SessionValidator() {
    }

    /**
     * @param routineVisible whether the session's routine exists and the user may see it
     * @param planOwned      whether the session names no plan or one of the user's own
     * @param known          what the catalog read model holds of the session's exercises, by slug
     * @throws RoutineException ({@code INVALID}) naming every broken rule
     */
    public static void validate(SessionInput input, Instant now, boolean routineVisible, boolean planOwned,
                                Map<String, ExerciseSnapshot> known) {
        List<Violation> violations = new ArrayList<>();
        if (!TimeZones.isIana(input.timeZone())) {
            violations.add(new Violation("timeZone", TimeZones.MUST_BE_IANA));
        }
        violations.addAll(SessionTiming.check(input.startedAt(), input.completedAt(), now));
        if (!routineVisible) {
            violations.add(new Violation("routineId", "no such routine"));
        }
        if (!planOwned) {
            violations.add(new Violation("planId", "no such plan"));
        }
        for (int i = 0; i < input.exercises().size(); i++) {
            ExerciseSnapshot exercise = known.get(input.exercises().get(i).exerciseSlug());
            if (exercise == null || exercise.name() == null) {
                violations.add(new Violation("exercises[" + i + "].exerciseSlug", "is not in the catalog"));
            }
        }
        if (!violations.isEmpty()) {
            throw RoutineException.invalid(violations);
        }
    }
}
