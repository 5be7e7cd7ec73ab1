package app.limber.bench.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * CPU time used by processes, from {@code /proc/<pid>/stat}: what a step cost in CPU, whatever else the machine was
 * doing meanwhile. Linux only; elsewhere every figure is absent.
 */
public final class ProcessCpu {

    /** USER_HZ, the unit of /proc's CPU times: 100 on every Linux architecture a bench runs on. */
    private static final long MILLIS_PER_TICK = 10;
    private static final Path PROC = Path.of("/proc");

    private ProcessCpu() {
    }

    /** User and system CPU of one process, in milliseconds. */
    public static Optional<Long> millis(long pid) {
        return stat(pid).map(stat -> (stat.utime + stat.stime) * MILLIS_PER_TICK);
    }

    /**
     * User and system CPU of a process and of its children, the living ones and those it has reaped (as PostgreSQL's
     * postmaster reaps its backends), in milliseconds.
     */
    public static Optional<Long> treeMillis(long root) {
        Optional<Stat> parent = stat(root);
        if (parent.isEmpty()) {
            return Optional.empty();
        }
        long ticks = parent.get().utime + parent.get().stime + parent.get().cutime + parent.get().cstime;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC, entry -> entry.getFileName().toString().matches("\\d+"))) {
            for (Path entry : entries) {
                Optional<Stat> child = stat(Long.parseLong(entry.getFileName().toString()));
                if (child.isPresent() && child.get().ppid == root) {
                    ticks += child.get().utime + child.get().stime;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(ticks * MILLIS_PER_TICK);
    }

    /**
     * User and system CPU of those threads of a process whose names start with {@code prefix} (a JVM's
     * {@code C2 CompilerThre…}, say), in milliseconds. Threads that have ended are not counted: a JVM that stops
     * compiler threads it no longer needs takes their time with them.
     */
    public static Optional<Long> threadMillis(long pid, String prefix) {
        Path tasks = PROC.resolve(Long.toString(pid)).resolve("task");
        long ticks = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(tasks)) {
            for (Path task : entries) {
                ticks += threadTicks(task, prefix);
            }
        } catch (IOException e) {
            // the process has ended
            return Optional.empty();
        }
        return Optional.of(ticks * MILLIS_PER_TICK);
    }

    private static long threadTicks(Path task, String prefix) {
        try {
            String line = Files.readString(task.resolve("stat"));
            String name = line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
            if (!name.startsWith(prefix)) {
                return 0;
            }
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            // the thread ended while being read
            return 0;
        }
    }

    /** The parent of a process, while it runs. */
    public static Optional<Long> parent(long pid) {
        return stat(pid).map(Stat::ppid);
    }

    private record Stat(long ppid, long utime, long stime, long cutime, long cstime) {
    }

    private static Optional<Stat> stat(long pid) {
        try {
            String line = Files.readString(PROC.resolve(Long.toString(pid)).resolve("stat"));
            // the command name in parentheses may itself hold spaces and parentheses
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            return Optional.of(new Stat(Long.parseLong(fields[1]), Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                    Long.parseLong(fields[13]), Long.parseLong(fields[14])));
        } catch (IOException e) {
            // the process has ended (or ends while being read)
            return Optional.empty();
        }
    }
}
