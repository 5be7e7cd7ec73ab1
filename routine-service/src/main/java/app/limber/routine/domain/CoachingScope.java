package app.limber.routine.domain;

import app.limber.platform.problem.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What an athlete lets a coach do: see their progress (progress-service), schedule and pause their plans. */
public enum CoachingScope {
    VIEW_PROGRESS("view-progress"),
    ASSIGN_PLANS("assign-plans");

    private final String term;

    CoachingScope(String term) {
        this.term = term;
    }

    public String term() {
        return term;
    }

    public static List<String> terms() {
        return Arrays.stream(values()).map(CoachingScope::term).toList();
    }

    /** The terms of {@code scopes} in declaration order, as the API and the events list them. */
    public static List<String> terms(Set<CoachingScope> scopes) {
        return Arrays.stream(values()).filter(scopes::contains).map(CoachingScope::term).toList();
    }

    /**
     * The scopes a client named in {@code field}: at least one, each a known term, none twice.
     *
     * @throws RoutineException ({@code INVALID}) naming {@code field[i]} for each bad term
     */
    public static Set<CoachingScope> read(String field, List<String> terms) {
        if (terms.isEmpty()) {
            throw RoutineException.invalid(field, "must name at least one of " + String.join(", ", terms()));
        }
        Set<CoachingScope> scopes = EnumSet.noneOf(CoachingScope.class);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            CoachingScope scope = Arrays.stream(values()).filter(s -> s.term.equals(term)).findFirst().orElse(null);
            if (scope == null) {
                violations.add(new Violation(field + "[" + i + "]", Messages.unknownTerm(term, terms())));
            } else if (!scopes.add(scope)) {
                violations.add(new Violation(field + "[" + i + "]", "names " + term + " a second time"));
            }
        }
        if (!violations.isEmpty()) {
            throw RoutineException.invalid(violations);
        }
        return scopes;
    }
}
