package app.limber.testing;

import app.limber.platform.privacy.MasterKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The master key of every service under test (a test key, committed on purpose: it protects only test data). Tests
 * use it to seal events as routine does and to open what routine published.
 */
public final class TestMasterKey {

    /** 256 random bits, base64; {@link LimberTestResource} hands services a file holding it. */
    public static final String BASE64 = "E9JUNIg+E7wZ+Bm8qfw3h2wbAq3u6RaXpqsoT8nvW7A=";

    private static Path file;

    private TestMasterKey() {
    }

    public static MasterKey masterKey() {
        return MasterKey.fromBase64(BASE64);
    }

    /** A file holding the key, for {@code limber.privacy.master-key-location}. */
    public static synchronized String file() {
        if (file == null) {
            try {
                Path created = Files.createTempFile("limber-test-master-key-", ".b64");
                created.toFile().deleteOnExit();
                Files.writeString(created, BASE64, StandardCharsets.US_ASCII);
                file = created;
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the test master key", e);
            }
        }
        return file.toAbsolutePath().toString();
    }
}
