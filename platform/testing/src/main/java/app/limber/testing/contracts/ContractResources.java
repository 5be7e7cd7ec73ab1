package app.limber.testing.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A file of limber-contracts read as JSON, for the tests that hold a service's own copies to it. */
public final class ContractResources {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractResources() {
    }

    /** {@code path} on the classpath, e.g. {@code limber/contracts/events.json}. */
    public static JsonNode json(String path) {
        try (InputStream in = ContractResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the test classpath (limber-contracts missing?)");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }
}
