package app.limber.progress.messaging;

/** A payload that breaks its contract; the message says where, e.g. {@code $.weeklyTarget: must be 1..14}. */
class InvalidEvent extends RuntimeException {

    InvalidEvent(String message) {
        super(message, null, false, false);
    }
}
