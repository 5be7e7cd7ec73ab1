package app.limber.platform.outbox;

import java.time.Instant;

/** A row the relay has locked for publishing. */
record PendingEvent(long id, OutboxEvent event, Instant createdAt) {
}
