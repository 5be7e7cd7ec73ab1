package app.limber.progress.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * progress cannot list platform/outbox's {@code db/outbox/V1__outbox.sql} among its Flyway locations (its own V1 is
 * {@code processed_event}), so it applies the same file as {@code V6__outbox.sql}. Both must stay the same table the
 * relay of limber-outbox works with.
 */
class OutboxMigrationTest {

    @Test
    void progressCreatesTheOutboxTableExactlyAsPlatformOutboxShipsIt() throws IOException {
        assertEquals(resource("db/outbox/V1__outbox.sql"), resource("db/migration/V6__outbox.sql"));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = OutboxMigrationTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
