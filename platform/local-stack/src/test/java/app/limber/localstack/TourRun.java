package app.limber.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * One tour run by {@code bash} as a user would paste it into a terminal in the repository's root: one shell, the
 * commands in order, each one's standard output and error captured to files of its own (so what a command prints
 * is what the README's {@code # =>} is compared with, never mixed with another's).
 */
final class TourRun {

    private final List<ShellCommands.Command> commands;
    private final Path outputs;
    private final boolean finished;

    private TourRun(List<ShellCommands.Command> commands, Path outputs, boolean finished) {
        this.commands = commands;
        this.outputs = outputs;
        this.finished = finished;
    }

    /**
     * Runs {@code commands} with {@code environment} added to this process's, in {@code workingDir}, after replacing
     * each key of {@code replacements} (a README host such as {@code localhost:8081}) with its value in every command.
     */
    static TourRun execute(List<ShellCommands.Command> commands, Map<String, String> replacements, Path workingDir,
                           Map<String, String> environment, Path outputs, Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(outputs);
        Path script = outputs.resolve("tour.sh");
        Files.writeString(script, script(commands, replacements), StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString())
                .directory(workingDir.toFile())
                .redirectOutput(outputs.resolve("bash.out").toFile())
                .redirectError(outputs.resolve("bash.err").toFile());
        builder.environment().putAll(environment);
        builder.environment().put("TOUR_OUT", outputs.toString());
        Process bash = builder.start();
        boolean finished = bash.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            // bash first: killed after its child, it would go on to the next command before its own end
            List<ProcessHandle> children = bash.descendants().toList();
            bash.destroyForcibly().waitFor();
            children.forEach(ProcessHandle::destroyForcibly);
        }
        return new TourRun(commands, outputs, finished);
    }

    /** Each command in a group of its own, so that a pipeline or a multi-line command is captured whole. */
    static String script(List<ShellCommands.Command> commands, Map<String, String> replacements) {
        StringBuilder script = new StringBuilder("set -uo pipefail\n");
        IntStream.range(0, commands.size()).forEach(i -> script
                .append("{\n")
                .append(replaced(commands.get(i).text(), replacements)).append('\n')
                .append("} >\"$TOUR_OUT/").append(i).append(".out\" 2>\"$TOUR_OUT/").append(i).append(".err\" </dev/null\n")
                .append("echo $? >\"$TOUR_OUT/").append(i).append(".status\"\n"));
        return script.toString();
    }

    static String replaced(String text, Map<String, String> replacements) {
        String result = text;
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
            result = result.replace(replacement.getKey(), replacement.getValue());
        }
        return result;
    }

    boolean finished() {
        return finished;
    }

    /** The command's exit status; empty when it never ran or did not end (the shell stopped or timed out before). */
    OptionalInt exitStatus(ShellCommands.Command command) {
        return read(command, "status").map(status -> OptionalInt.of(Integer.parseInt(status.strip()))).orElse(OptionalInt.empty());
    }

    String stdout(ShellCommands.Command command) {
        return read(command, "out").orElse("");
    }

    String stderr(ShellCommands.Command command) {
        return read(command, "err").orElse("");
    }

    /** The shell's own error output: what it says when it stops (an unset variable, a syntax error). */
    String shellErrors() {
        try {
            return Files.readString(outputs.resolve("bash.err"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    Path outputs() {
        return outputs;
    }

    private Optional<String> read(ShellCommands.Command command, String kind) {
        int index = commands.indexOf(command);
        if (index < 0) {
            throw new IllegalArgumentException("not a command of this tour: " + command.text());
        }
        Path file = outputs.resolve(index + "." + kind);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
