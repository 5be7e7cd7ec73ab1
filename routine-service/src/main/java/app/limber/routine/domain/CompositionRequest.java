package app.limber.routine.domain;

import app.limber.platform.problem.Messages;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What the user asks the composer for; equipment and targets are vocabulary terms. */
public record CompositionRequest(Purpose purpose, int minutes, Set<String> equipment, Set<String> targets) {

    public CompositionRequest {
        equipment = new TreeSet<>(equipment == null ? Set.of() : equipment);
        targets = new TreeSet<>(targets == null ? Set.of() : targets);
    }

    /**
     * A request from lists as a client sends them (null for none).
     *
     * @throws RoutineException ({@code INVALID}) naming the first term that is not in the vocabulary
     */
    public static CompositionRequest checked(Purpose purpose, int minutes, List<String> equipment, List<String> targets) {
        List<String> given = equipment == null ? List.of() : equipment;
        List<String> wanted = targets == null ? List.of() : targets;
        for (int i = 0; i < given.size(); i++) {
            if (!Vocabulary.isEquipment(given.get(i))) {
                throw RoutineException.invalid("equipment[" + i + "]", Messages.unknownTerm(given.get(i), Vocabulary.EQUIPMENT));
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (!Vocabulary.isTargetArea(wanted.get(i))) {
                throw RoutineException.invalid("targets[" + i + "]", Messages.unknownTerm(wanted.get(i), Vocabulary.TARGET_AREAS));
            }
        }
        return new CompositionRequest(purpose, minutes, Set.copyOf(given), Set.copyOf(wanted));
    }
}
