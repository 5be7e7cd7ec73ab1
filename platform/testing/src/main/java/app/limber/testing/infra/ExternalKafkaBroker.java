package app.limber.testing.infra;

/** A broker someone else runs; the tests cannot stop it. */
record ExternalKafkaBroker(String bootstrapServers) implements KafkaBroker {

    @Override
    public boolean restartable() {
        return false;
    }

    @Override
    public void stop() {
        throw new UnsupportedOperationException("An external broker (" + bootstrapServers + ") cannot be stopped by tests");
    }

    @Override
    public void start() {
        throw new UnsupportedOperationException("An external broker (" + bootstrapServers + ") cannot be started by tests");
    }

    @Override
    public void close() {
        // not ours
    }
}
