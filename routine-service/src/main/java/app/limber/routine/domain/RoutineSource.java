package app.limber.routine.domain;

/** The article a public template was taken from. */
public record RoutineSource(String title, String article) {
}
