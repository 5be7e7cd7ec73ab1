package app.limber.bench.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The measured run's time axis: samples for series.csv and moments for events.csv, both in seconds since
 * {@link #start()} (the report contract's {@code t_s}).
 */
public final class Timeline {

    private final List<String> samples = new ArrayList<>();
    private final List<String> events = new ArrayList<>();
    private volatile long startNanos = System.nanoTime();

    public void start() {
        startNanos = System.nanoTime();
    }

    public double seconds() {
        return secondsAt(System.nanoTime());
    }

    public double secondsAt(long nanos) {
        return (nanos - startNanos) / 1e9;
    }

    public synchronized void sample(double t, String panel, String series, double value) {
        if (Double.isFinite(value)) {
            samples.add(String.format(Locale.ROOT, "%.3f,%s,%s,%s", t, clean(panel), clean(series), number(value)));
        }
    }

    public void sample(String panel, String series, double value) {
        sample(seconds(), panel, series, value);
    }

    public void event(String label) {
        event(seconds(), label);
    }

    public synchronized void event(double t, String label) {
        events.add(String.format(Locale.ROOT, "%.3f,%s", t, clean(label)));
    }

    public synchronized List<String> eventLines() {
        return List.copyOf(events);
    }

    public synchronized void write(Path runDir) throws IOException {
        List<String> series = new ArrayList<>();
        series.add("t_s,panel,series,value");
        // in time order: the renderer stacks panels in the order they first appear, so the load comes first
        samples.stream().sorted(java.util.Comparator.comparingDouble(line -> Double.parseDouble(line.substring(0, line.indexOf(','))))).forEach(series::add);
        Files.write(runDir.resolve("series.csv"), series);
        List<String> marks = new ArrayList<>();
        marks.add("t_s,label");
        marks.addAll(events);
        Files.write(runDir.resolve("events.csv"), marks);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value) : String.format(Locale.ROOT, "%.3f", value);
    }

    /** Fields never contain commas (the contract). */
    private static String clean(String text) {
        return text.replace(',', ';').replace('\n', ' ');
    }
}
