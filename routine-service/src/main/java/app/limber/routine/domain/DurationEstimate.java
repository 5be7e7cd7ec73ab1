package app.limber.routine.domain;

/**
 * How long a routine takes, from its fastest to its slowest reading of the prescriptions.
 * {@code complete} is false when some exercise is not yet known to the read model, so its work is missing.
 */
public record DurationEstimate(int minSeconds, int maxSeconds, boolean complete) {
}
