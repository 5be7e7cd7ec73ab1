package app.limber.localstack;

import java.io.PrintStream;
import java.util.Locale;

/** Prints each start-up step with the time elapsed since the launch began, so a slow step is visible. */
public final class Progress {

    private final PrintStream out;
    private final long startNanos;

    public Progress(PrintStream out) {
        this.out = out;
        this.startNanos = System.nanoTime();
    }

    public void step(String message) {
        out.printf(Locale.ROOT, "[%6.1fs] %s%n", elapsedSeconds(), message);
        out.flush();
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
