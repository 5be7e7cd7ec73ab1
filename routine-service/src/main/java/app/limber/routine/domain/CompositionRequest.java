package app.limber.routine.domain;

import java.util.Set;
import java.util.TreeSet;

/** What the user asks the composer for; equipment and targets are vocabulary terms. */
public record CompositionRequest(Purpose purpose, int minutes, Set<String> equipment, Set<String> targets) {

    public CompositionRequest {
        equipment = new TreeSet<>(equipment == null ? Set.of() : equipment);
        targets = new TreeSet<>(targets == null ? Set.of() : targets);
    }
}
