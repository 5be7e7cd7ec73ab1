package app.limber.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code stack.pid}: the launcher's process id while a stack runs from a work directory. A file naming a
 * process that is gone (a crash, a kill -9) does not block the next start.
 */
final class StackPidFile {

    private StackPidFile() {
    }

    static Optional<ProcessHandle> runningStack(Path pidFile) {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(handle -> handle.pid() != ProcessHandle.current().pid());
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void write(Path pidFile) throws IOException {
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");
    }

    static void delete(Path pidFile) throws IOException {
        Files.deleteIfExists(pidFile);
    }
}
