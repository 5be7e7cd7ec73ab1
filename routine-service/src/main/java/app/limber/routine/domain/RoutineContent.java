package app.limber.routine.domain;

import java.util.List;

/**
 * What a routine is: everything a user or the seed file decides about it, apart from who owns it, who
 * may see it and where it comes from. Two routines with equal content are done the same way.
 */
public record RoutineContent(String name, String description, Purpose purpose, Range rounds, List<RoutineItem> items) {

    public RoutineContent {
        items = List.copyOf(items);
    }
}
