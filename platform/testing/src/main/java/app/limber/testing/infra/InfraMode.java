package app.limber.testing.infra;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the test infrastructure comes from; see {@link #detect(Map, String)} for the order. */
enum InfraMode {
    /** A broker and a PostgreSQL server named by environment variables. */
    EXTERNAL,
    /** Testcontainers. */
    DOCKER,
    /** The infrastructure kit's in-process KRaft broker and embedded PostgreSQL. */
    EMBEDDED;

    static final String KAFKA_BOOTSTRAP_ENV = "LIMBER_TEST_KAFKA_BOOTSTRAP";
    static final String JDBC_URL_ENV = "LIMBER_TEST_JDBC_URL";
    static final String JDBC_USER_ENV = "LIMBER_TEST_JDBC_USER";
    static final String JDBC_PASSWORD_ENV = "LIMBER_TEST_JDBC_PASSWORD";
    static final String INFRA_PROPERTY = "limber.test.infra";

    private static final Path DOCKER_SOCKET = Path.of("/var/run/docker.sock");

    /**
     * External when both environment variables are set; otherwise the system property
     * {@code limber.test.infra}: {@code docker}, {@code embedded}, or {@code auto} (the default) which picks
     * Docker only when a Docker socket answers a ping.
     */
    static InfraMode detect(Map<String, String> env, String infraProperty) {
        boolean kafkaGiven = isSet(env.get(KAFKA_BOOTSTRAP_ENV));
        boolean jdbcGiven = isSet(env.get(JDBC_URL_ENV));
        if (kafkaGiven && jdbcGiven) {
            return EXTERNAL;
        }
        if (kafkaGiven || jdbcGiven) {
            throw new IllegalStateException("Set both " + KAFKA_BOOTSTRAP_ENV + " and " + JDBC_URL_ENV
                    + " to use external infrastructure, or neither");
        }
        String choice = isSet(infraProperty) ? infraProperty.trim().toLowerCase(Locale.ROOT) : "auto";
        return switch (choice) {
            case "docker" -> DOCKER;
            case "embedded" -> EMBEDDED;
            case "auto" -> dockerAnswers() ? DOCKER : EMBEDDED;
            default -> throw new IllegalStateException(
                    INFRA_PROPERTY + " must be docker, embedded or auto, not '" + infraProperty + "'");
        };
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    // A docker CLI without a daemon is common here, so only a live socket counts.
    private static boolean dockerAnswers() {
        if (!Files.exists(DOCKER_SOCKET)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(DOCKER_SOCKET));
            channel.write(ByteBuffer.wrap("GET /_ping HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer reply = ByteBuffer.allocate(256);
            channel.read(reply);
            return new String(reply.array(), 0, reply.position(), StandardCharsets.US_ASCII).startsWith("HTTP/1.");
        } catch (IOException | RuntimeException noDaemon) {
            return false;
        }
    }
}
