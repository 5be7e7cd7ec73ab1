package app.limber.progress.messaging;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A dead letter's reason header without the values that broke the rule: dead letters are read by operators and kept
 * beside the original record, and a value (a discomfort score, a piece of the payload a JSON parser quotes) is the
 * user's data, which an erasure could not reach in a header. What is left names the field and the rule.
 */
final class DeadLetterReasons {

    private record Rule(Pattern pattern, String replacement) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("^(not valid JSON|unreadable value): .*", Pattern.DOTALL), "$1"),
            new Rule(Pattern.compile(", was .*$", Pattern.DOTALL), ""),
            new Rule(Pattern.compile("(unknown time zone|duplicate) .*$", Pattern.DOTALL), "$1"));

    private DeadLetterReasons() {
    }

    static String withoutValues(String reason) {
        String safe = reason;
        for (Rule rule : RULES) {
            safe = rule.pattern().matcher(safe).replaceAll(rule.replacement());
        }
        return safe;
    }
}
