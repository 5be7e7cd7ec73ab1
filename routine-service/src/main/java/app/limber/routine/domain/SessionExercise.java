package app.limber.routine.domain;

/** What the user did of one exercise in a session ({@code side}: both, left, right or none). */
public record SessionExercise(String exerciseSlug, String side, int setsDone, int repsDone, int holdSeconds,
                              boolean completed) {
}
