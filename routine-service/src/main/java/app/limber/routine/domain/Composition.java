package app.limber.routine.domain;

import java.util.List;

/** A proposed routine; nothing is saved. */
public record Composition(Purpose purpose, int minutes, Range rounds, List<ComposedItem> items,
                          DurationEstimate estimate) {
}
