package app.limber.localstack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a bash code block into its commands where bash would: a command goes on past the end of a line that
 * ends in a backslash, or inside open quotes or an open {@code $(} or {@code (}. Compound commands written over
 * several lines ({@code if}, {@code for} ... {@code done} without backslashes) are not recognised; a tour writes
 * them on one line. A command whose last line ends in a comment {@code # => X} expects the output X.
 */
final class ShellCommands {

    private static final Pattern EXPECTATION = Pattern.compile("#\\s*=>\\s*(.*?)\\s*");

    private ShellCommands() {
    }

    /** A command as the README writes it, from line {@code line} (1-based) of the file, and the output it expects. */
    record Command(int line, String text, Optional<String> expected) {

        /** The command's first line (with " ..." when it has more), to name it in a test report. */
        String firstLine() {
            String first = text.lines().findFirst().orElse("");
            return text.contains("\n") ? first + " ..." : first;
        }
    }

    /** The commands of a block whose first line is line {@code firstLine} of the file. */
    static List<Command> split(List<String> block, int firstLine) {
        List<Command> commands = new ArrayList<>();
        Scanner scanner = new Scanner();
        StringBuilder pending = new StringBuilder();
        int start = -1;
        for (int i = 0; i < block.size(); i++) {
            String line = block.get(i);
            int comment = scanner.scan(line);
            boolean blank = line.strip().isEmpty() || (comment >= 0 && line.substring(0, comment).isBlank());
            if (start < 0 && blank && scanner.complete()) {
                continue;
            }
            if (start < 0) {
                start = firstLine + i;
            }
            pending.append(pending.isEmpty() ? "" : "\n").append(line);
            if (scanner.complete()) {
                commands.add(new Command(start, pending.toString(), expectation(comment < 0 ? "" : line.substring(comment))));
                pending.setLength(0);
                start = -1;
            }
        }
        if (start >= 0) {
            throw new IllegalArgumentException("line " + start + ": the command starting there never ends (an unclosed quote or "
                    + "parenthesis, or a trailing backslash?)");
        }
        return commands;
    }

    private static Optional<String> expectation(String comment) {
        Matcher matcher = EXPECTATION.matcher(comment);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Bash's quoting as far as it decides where a command ends; its state carries over from line to line. */
    private static final class Scanner {

        private static final char SINGLE = '\'';
        private static final char DOUBLE = '"';
        private static final char GROUP = '(';

        private final Deque<Character> open = new ArrayDeque<>();
        private boolean continued;

        /** Reads one line; answers where a comment starts on it outside any quote, or -1. */
        int scan(String line) {
            continued = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                Character context = open.peek();
                if (context != null && context == SINGLE) {
                    if (c == SINGLE) {
                        open.pop();
                    }
                } else if (c == '\\') {
                    if (i == line.length() - 1) {
                        continued = true;
                    }
                    i++;
                } else if (context != null && context == DOUBLE) {
                    if (c == DOUBLE) {
                        open.pop();
                    } else if (c == '$' && i + 1 < line.length() && line.charAt(i + 1) == GROUP) {
                        open.push(GROUP);
                        i++;
                    }
                } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                    return open.isEmpty() ? i : -1;
                } else if (c == SINGLE || c == DOUBLE || c == GROUP) {
                    open.push(c);
                } else if (c == ')' && context != null && context == GROUP) {
                    open.pop();
                }
            }
            return -1;
        }

        boolean complete() {
            return open.isEmpty() && !continued;
        }
    }
}
