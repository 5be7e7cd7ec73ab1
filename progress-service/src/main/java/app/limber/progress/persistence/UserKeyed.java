package app.limber.progress.persistence;

/** A row value together with the user it belongs to. */
public record UserKeyed<T>(String userId, T value) {
}
