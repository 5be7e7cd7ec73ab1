package app.limber.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code stack.pid}: the launcher's process id on the first line while a stack runs from a work directory,
 * then one {@code name pid} line per service process, so that {@code ./limber down} can still find the
 * services if the launcher itself was killed. A file naming a process that is gone does not block the
 * next start.
 */
final class StackPidFile {

    private StackPidFile() {
    }

    static Optional<ProcessHandle> runningStack(Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(handle -> handle.pid() != ProcessHandle.current().pid());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static void write(Path pidFile) throws IOException {
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");
    }

    static void appendChild(Path pidFile, String name, long pid) throws IOException {
        Files.writeString(pidFile, name + " " + pid + "\n", java.nio.file.StandardOpenOption.APPEND);
    }

    static void delete(Path pidFile) throws IOException {
        Files.deleteIfExists(pidFile);
    }
}
