package app.limber.routine.domain;

import java.util.List;

/**
 * A routine as a user asks to create or replace it, before {@link RoutineValidator} has checked it.
 * {@code visibility} and {@code rounds} are null when not given.
 */
public record RoutineInput(String name, String description, Purpose purpose, Visibility visibility, Range rounds,
                           List<Item> items) {

    public RoutineInput {
        items = List.copyOf(items);
    }

    /** One item; {@code prescription}, when given, replaces the exercise's catalog default entirely. */
    public record Item(String exerciseSlug, Prescription prescription, Integer restSeconds) {
    }
}
