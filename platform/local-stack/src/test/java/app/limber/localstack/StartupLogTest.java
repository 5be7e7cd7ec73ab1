package app.limber.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StartupLogTest {

    @TempDir
    Path dir;

    @Test
    void readsTheStartUpTimeQuarkusLogs() throws Exception {
        Path log = Files.writeString(dir.resolve("catalog.log"), """
                2026-11-21 10:29:11,155 INFO  [org.flywaydb.core.internal.command.DbMigrate] (main) Schema "public" is up to date.
                2026-11-21 10:29:13,094 INFO  [io.quarkus] (main) catalog-service 0.1.0-SNAPSHOT on JVM (powered by Quarkus 3.30.6) started in 8.808s. Listening on: http://0.0.0.0:8081
                """);
        assertEquals(Optional.of(8.808), StartupLog.startedInSeconds(log));
    }

    @Test
    void aLogWithoutTheLineOrNoLogAtAllGivesNothing() throws Exception {
        assertEquals(Optional.empty(), StartupLog.startedInSeconds(Files.writeString(dir.resolve("early.log"), "starting\n")));
        assertEquals(Optional.empty(), StartupLog.startedInSeconds(dir.resolve("missing.log")));
    }
}
