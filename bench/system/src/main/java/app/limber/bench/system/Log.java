package app.limber.bench.system;

import java.util.Locale;

/** Progress lines on stderr with the seconds since the bench started, so stdout stays the result. */
final class Log {

    private final long start = System.nanoTime();
    private final String name;

    Log(String name) {
        this.name = name;
    }

    void info(String message) {
        System.err.printf(Locale.ROOT, "%s [%7.1fs] %s%n", name, (System.nanoTime() - start) / 1e9, message);
    }
}
