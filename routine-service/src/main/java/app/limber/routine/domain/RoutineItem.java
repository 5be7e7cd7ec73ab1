package app.limber.routine.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One step of a routine: an exercise by slug, an optional prescription that replaces the exercise's
 * catalog default entirely, and the rest after each set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoutineItem(String exerciseSlug, Prescription prescription, int restSeconds) {
}
