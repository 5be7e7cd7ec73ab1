package app.limber.progress.messaging;

/** What {@link EventReader} made of one record: an event to apply, or the reason it cannot be applied. */
public sealed interface Reading {

    record Accepted(ProgressEvent event) implements Reading {
    }

    record Rejected(String reason) implements Reading {
    }
}
