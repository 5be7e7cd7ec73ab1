package app.limber.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaunchOptionsTest {

    @Test
    void defaultsAreTheDesignedPortsAndTheRepositorysLimberDirectory() {
        LaunchOptions options = LaunchOptions.parse(List.of("--repo", "/repo"), Map.of());
        assertEquals(5432, options.postgresPort());
        assertEquals(9092, options.kafkaPort());
        assertEquals(List.of(8081, 8082, 8083, 8080), options.services().stream().map(ServiceSpec::port).toList());
        assertEquals(Path.of("/repo/.limber"), options.layout().workDir());
        assertEquals(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"), options.serviceJvmOptions());
    }

    @Test
    void anOptionBeatsTheEnvironmentWhichBeatsTheDefault() {
        LaunchOptions options = LaunchOptions.parse(
                List.of("--catalog-port", "9181", "--fresh", "--ready-timeout=30", "--service-heap", "128m"),
                Map.of("LIMBER_CATALOG_PORT", "9281", "LIMBER_ROUTINE_PORT", "9282",
                        "LIMBER_SERVICE_JVM_OPTS", " -XX:+UseSerialGC  -XX:TieredStopAtLevel=4 "));
        assertEquals(List.of(9181, 9282, 8083, 8080), options.services().stream().map(ServiceSpec::port).toList());
        assertTrue(options.fresh());
        assertEquals(Duration.ofSeconds(30), options.readyTimeout());
        assertEquals(List.of("-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=4"), options.serviceJvmOptions());
    }

    @Test
    void mistakesAreNamed() {
        assertEquals("unknown option: --catlog-port",
                assertThrows(LaunchOptions.UsageException.class, () -> LaunchOptions.parse(List.of("--catlog-port", "1"), Map.of())).getMessage());
        assertEquals("not a port: 70000",
                assertThrows(LaunchOptions.UsageException.class, () -> LaunchOptions.parse(List.of("--kafka-port", "70000"), Map.of())).getMessage());
    }
}
