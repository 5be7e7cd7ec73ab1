package app.limber.routine.messaging;

/** A record that can never be applied; it goes to the dead-letter topic with this message as reason. */
class PoisonRecordException extends RuntimeException {
    PoisonRecordException(String reason) {
        super(reason);
    }

    PoisonRecordException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
