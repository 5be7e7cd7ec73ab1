package app.limber.testing.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;

import app.limber.infra.Pem;
import app.limber.infra.TokenSigner;

/**
 * The test JWT key pair, one per JVM, in memory. Only the public key is written to disk, as a PEM file a
 * service under test reads through {@code mp.jwt.verify.publickey.location}.
 *
 * <p>Internal: reach it through {@code TestTokens} and {@code LimberTestResource}, which call the JVM-wide copy
 * via {@link JvmWide} so that the application and the test sign and verify with the same pair.
 */
public final class TokenKeys {

    private static KeyPair keyPair;
    private static Path publicKeyFile;

    private TokenKeys() {
    }

    /** The private key, PKCS#8 encoded. */
    public static synchronized byte[] privateKeyPkcs8() {
        return keyPair().getPrivate().getEncoded();
    }

    /** Absolute path of the PEM file holding the public key. */
    public static synchronized String publicKeyPemFile() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("limber-test-jwt-", ".pem");
                file.toFile().deleteOnExit();
                Files.writeString(file, Pem.encode(Pem.PUBLIC_KEY, keyPair().getPublic().getEncoded()), StandardCharsets.US_ASCII);
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the test public key", e);
            }
        }
        return publicKeyFile.toAbsolutePath().toString();
    }

    private static KeyPair keyPair() {
        if (keyPair == null) {
            keyPair = TokenSigner.newKeyPair();
        }
        return keyPair;
    }
}
