package app.limber.catalog.domain;

/** An inclusive amount, e.g. 10-15 reps; a fixed amount has {@code min == max}. */
public record Range(int min, int max) {

    public Range {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("not a range: " + min + ".." + max);
        }
    }
}
