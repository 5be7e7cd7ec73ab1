package app.limber.localstack;

import java.util.ArrayList;
import java.util.List;

/**
 * One "## API tour — NAME" section of the README: the commands of its {@code ```bash} blocks in order, as one
 * terminal session would run them.
 */
record ReadmeTour(String name, List<ShellCommands.Command> commands) {

    static final String HEADING = "## API tour — ";
    private static final String BASH_BLOCK = "```bash";
    private static final String FENCE = "```";

    ReadmeTour {
        commands = List.copyOf(commands);
    }

    List<ShellCommands.Command> expectations() {
        return commands.stream().filter(command -> command.expected().isPresent()).toList();
    }

    /** The tours of a Markdown document, in the order it shows them; line numbers are the document's. */
    static List<ReadmeTour> parse(String markdown) {
        List<String> lines = markdown.lines().toList();
        List<ReadmeTour> tours = new ArrayList<>();
        String name = null;
        List<ShellCommands.Command> commands = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ") || line.startsWith("# ")) {
                if (name != null) {
                    tours.add(new ReadmeTour(name, commands));
                }
                name = line.startsWith(HEADING) ? line.substring(HEADING.length()).strip() : null;
                commands = new ArrayList<>();
            } else if (line.strip().startsWith(FENCE)) {
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).strip().equals(FENCE)) {
                    end++;
                }
                if (end == lines.size()) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": the code block never closes");
                }
                if (name != null && line.strip().equals(BASH_BLOCK)) {
                    commands.addAll(ShellCommands.split(lines.subList(i + 1, end), i + 2));
                }
                i = end;
            }
        }
        if (name != null) {
            tours.add(new ReadmeTour(name, commands));
        }
        return tours;
    }
}
