package app.limber.progress.domain.analytics;

import java.math.BigDecimal;

/**
 * How one session did one exercise (prescribed or logged): completed when every item of the exercise was, or, without
 * a prescription or for an exercise logged outside it, every entry of it was; the mean dose ratio of its items (null
 * when none has one); the session's effort and discomfort (null when not given).
 */
public record ExerciseOutcome(String exerciseSlug, boolean completed, BigDecimal dose, Integer effort,
                              Integer discomfort) {
}
