package app.limber.routine.domain;

import app.limber.platform.problem.Messages;

import java.time.LocalDate;
import java.util.List;

import static app.limber.routine.domain.RoutineException.Reason.CONFLICT;

/**
 * When a plan may be paused and resumed. A pause is for an injury or a trip: at most 90 days, so that a
 * forgotten pause cannot silence a plan for good (pause again after it ends if need be); within a year of
 * today like a plan's start; inside the plan; and never over another pause of the plan, so every day is
 * paused at most once.
 */
public final class PauseRules {

    public static final int MAX_DAYS = 90;
    public static final String RULE = "At most " + MAX_DAYS + " days (endsOn at most " + (MAX_DAYS - 1)
            + " days after startsOn), starting within " + PlanValidator.MAX_START_DAYS_FROM_TODAY
            + " days of today in the plan's time zone and inside the plan";

    private PauseRules() {
    }

    /** The plan a pause is asked for, as far as the rules care. */
    public record PlanDates(LocalDate startsOn, LocalDate endsOn, boolean ended) {
    }

    /**
     * @param today  today in the plan's time zone
     * @param others the plan's other pauses
     * @throws RoutineException {@code INVALID} naming the field, or {@code CONFLICT} for an ended plan or an
     *                          overlap
     */
    public static void validate(PauseInput input, PlanDates plan, LocalDate today, List<PausedDays> others) {
        LocalDate earliest = today.minusDays(PlanValidator.MAX_START_DAYS_FROM_TODAY);
        LocalDate latest = today.plusDays(PlanValidator.MAX_START_DAYS_FROM_TODAY);
        if (input.startsOn().isBefore(earliest) || input.startsOn().isAfter(latest)) {
            throw RoutineException.invalid("startsOn", Messages.dateInRange(earliest, latest));
        }
        LocalDate lastAllowed = input.startsOn().plusDays(MAX_DAYS - 1);
        if (input.endsOn().isBefore(input.startsOn()) || input.endsOn().isAfter(lastAllowed)) {
            throw RoutineException.invalid("endsOn", Messages.dateInRange(input.startsOn(), lastAllowed));
        }
        if (plan.ended()) {
            throw new RoutineException(CONFLICT, "the plan has ended; only a running or scheduled plan can be paused");
        }
        if (input.startsOn().isBefore(plan.startsOn()) || (plan.endsOn() != null && input.startsOn().isAfter(plan.endsOn()))) {
            throw RoutineException.invalid("startsOn", Messages.dateInRange(plan.startsOn(),
                    plan.endsOn() == null ? latest : plan.endsOn()));
        }
        others.stream().filter(other -> other.overlaps(input.startsOn(), input.endsOn())).findFirst().ifPresent(other -> {
            throw new RoutineException(CONFLICT, "the plan is already paused from " + other.startsOn() + " to "
                    + other.lastDay() + "; pauses of a plan may not overlap");
        });
    }

    /**
     * The first day the plan is active again when the pause is resumed {@code today}: today, or the pause's
     * first day when it has not begun yet (which cancels it).
     *
     * @throws RoutineException ({@code CONFLICT}) when the pause is already over
     */
    public static LocalDate resumedOn(PausedDays pause, LocalDate today) {
        if (today.isAfter(pause.endsOn())) {
            throw new RoutineException(CONFLICT, "the pause ended on " + pause.endsOn() + "; there is nothing to resume");
        }
        return today.isBefore(pause.startsOn()) ? pause.startsOn() : today;
    }
}
