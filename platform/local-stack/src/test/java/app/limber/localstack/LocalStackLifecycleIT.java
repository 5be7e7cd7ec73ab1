package app.limber.localstack;

import app.limber.infra.FileTrees;
import app.limber.infra.PostgresServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starting, stopping and restarting a stack the way {@code ./limber up}, Ctrl-C and {@code up} again do. */
class LocalStackLifecycleIT {

    private Path workDir;

    @BeforeEach
    void createWorkDir() throws Exception {
        workDir = TestStacks.newWorkDir();
    }

    /** Only after a success: on failure the logs stay for reading. */
    private void deleteWorkDir() throws Exception {
        FileTrees.deleteRecursively(workDir);
    }

    @Test
    void stoppingLeavesNoProcessAndRestartingKeepsTheData() throws Exception {
        StackLayout layout = TestStacks.options(workDir).layout();
        LocalStack first = new LocalStack(TestStacks.options(workDir), progress()).start();
        List<Long> pids;
        try {
            assertTrue(Files.exists(layout.readyMarker()), "ready marker while running");
            assertTrue(Files.readString(layout.readyMarker()).contains(first.services().get(0).baseUrl()));
        } finally {
            pids = processIds(first);
            first.close();
        }
        assertNothingLeft(layout, pids);

        LocalStack second = new LocalStack(TestStacks.options(workDir), progress()).start();
        try {
            assertTrue(migrationsApplied(second, "catalog"), "catalog's schema survived the restart");
        } finally {
            pids = processIds(second);
            second.close();
        }
        assertNothingLeft(layout, pids);
        deleteWorkDir();
    }

    @Test
    void aTakenKafkaPortStopsTheLaunchBeforeAnythingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            LaunchOptions options = TestStacks.options(workDir, "--kafka-port", String.valueOf(taken.getLocalPort()));
            StackStartException failure = assertThrows(StackStartException.class,
                    () -> new LocalStack(options, progress()).start());
            assertTrue(failure.getMessage().contains("port " + taken.getLocalPort() + " for Kafka is already in use"),
                    failure.getMessage());
            assertFalse(Files.exists(options.layout().pidFile()), "no stack.pid after a failed start");
            assertFalse(Files.exists(options.layout().postgresData()), "PostgreSQL never started");
        }
        deleteWorkDir();
    }

    @Test
    void twoServicesAskedForOnePortAreRefusedBeforeAnythingStarts() throws Exception {
        LaunchOptions options = TestStacks.options(workDir, "--catalog-port", "18082", "--routine-port", "18082");
        StackStartException failure = assertThrows(StackStartException.class, () -> new LocalStack(options, progress()).start());
        assertEquals("port 18082 is given to both catalog and routine; change one with --routine-port or LIMBER_ROUTINE_PORT",
                failure.getMessage());
        assertFalse(Files.exists(options.layout().postgresData()), "PostgreSQL never started");
        deleteWorkDir();
    }

    private static List<Long> processIds(LocalStack stack) {
        List<Long> pids = new ArrayList<>(stack.servicePids());
        stack.postgresPid().ifPresent(pids::add);
        assertEquals(5, pids.size(), "three services, the web pages and the postmaster: " + pids);
        return pids;
    }

    private static void assertNothingLeft(StackLayout layout, List<Long> pids) {
        assertAll(
                () -> assertFalse(Files.exists(layout.pidFile()), "stack.pid removed"),
                () -> assertFalse(Files.exists(layout.readyMarker()), "ready marker removed"));
        // the postmaster removes its pid file (which ends pg_ctl's wait) a moment before its process is gone
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertEquals(List.of(),
                pids.stream().filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).toList(),
                "processes still alive after stop"));
    }

    private static boolean migrationsApplied(LocalStack stack, String database) throws Exception {
        try (Connection connection = DriverManager.getConnection(stack.postgres().jdbcUrl(database), PostgresServer.USER, PostgresServer.PASSWORD);
             ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            return rows.next() && rows.getInt(1) > 0;
        }
    }

    private static Progress progress() {
        return new Progress(System.out);
    }
}
