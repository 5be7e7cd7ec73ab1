package app.limber.testing.infra;

/** A running Kafka broker the tests talk to. */
interface KafkaBroker extends AutoCloseable {

    String bootstrapServers();

    /** Whether {@link #stop()} and {@link #start()} are supported. */
    boolean restartable();

    /** Makes the broker unreachable at {@link #bootstrapServers()} until {@link #start()}. */
    void stop();

    /** Brings the broker back at the same bootstrap address. */
    void start();

    @Override
    void close();
}
