package app.limber.testing.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class InfraModeTest {

    private static final Map<String, String> EXTERNAL_ENV = Map.of(
            "LIMBER_TEST_KAFKA_BOOTSTRAP", "broker:9092",
            "LIMBER_TEST_JDBC_URL", "jdbc:postgresql://db:5432/postgres");

    @Test
    void environmentNamingBothServersWinsOverEverything() {
        assertEquals(InfraMode.EXTERNAL, InfraMode.detect(EXTERNAL_ENV, "docker"));
    }

    @Test
    void namingOnlyOneServerIsAMistakeNotAFallback() {
        assertThrows(IllegalStateException.class,
                () -> InfraMode.detect(Map.of("LIMBER_TEST_KAFKA_BOOTSTRAP", "broker:9092"), "embedded"));
    }

    @Test
    void thePropertyChoosesDockerOrEmbedded() {
        assertEquals(InfraMode.DOCKER, InfraMode.detect(Map.of(), "docker"));
        assertEquals(InfraMode.EMBEDDED, InfraMode.detect(Map.of(), "embedded"));
    }

    @Test
    void anUnknownChoiceIsRejected() {
        assertThrows(IllegalStateException.class, () -> InfraMode.detect(Map.of(), "podman"));
    }
}
