package app.limber.platform.privacy;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The deployment's master key (AES-256, from configuration, never stored beside the data): it wraps every user's
 * data key and keys the fingerprints of erased user ids. Two sub-keys are derived from it, so a wrapped key and a
 * fingerprint never share a key.
 */
public final class MasterKey {

    static final int KEY_BYTES = 32;

    private final DataKey wrapping;
    private final SecretKey fingerprinting;

    private MasterKey(byte[] raw) {
        if (raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("a master key is " + KEY_BYTES + " bytes (base64 of 256 random bits), not "
                    + raw.length);
        }
        this.wrapping = new DataKey(derive(raw, "limber user-key wrapping"));
        this.fingerprinting = new SecretKeySpec(derive(raw, "limber erased-id fingerprint"), "HmacSHA256");
    }

    /** The key as base64 text, e.g. the content of the file configuration points to. */
    public static MasterKey fromBase64(String text) {
        try {
            return new MasterKey(Base64.getDecoder().decode(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unusable master key: " + e.getMessage(), e);
        }
    }

    /** Reads a file holding the key as base64 text. */
    public static MasterKey fromFile(Path file) throws IOException {
        return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
    }

    /**
     * Reads the key from a configured location: a path, or a {@code file:} URL as for the token key.
     *
     * @throws UncheckedIOException naming the location when it cannot be read
     */
    public static MasterKey fromLocation(String location) {
        try {
            return fromFile(Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the master key at " + location, e);
        }
    }

    /** A new random key as base64 text, for a deployment's first start. */
    public static String generateBase64() {
        byte[] raw = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    /** The data key sealed for storage and transport; {@code alias} is bound to it, so it unwraps only for that alias. */
    public byte[] wrap(DataKey key, String alias) {
        return wrapping.seal(key.raw(), aad(alias));
    }

    /** @throws UnreadableException when the bytes were not wrapped by this master key for {@code alias} */
    public DataKey unwrap(byte[] wrapped, String alias) {
        return new DataKey(wrapping.open(wrapped, aad(alias)));
    }

    /** A keyed fingerprint of a user id: it identifies the id to whoever holds the master key, and to no one else. */
    public byte[] fingerprint(String userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fingerprinting);
            return mac.doFinal(userId.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] aad(String alias) {
        return ("limber-user-key\n" + alias).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] derive(byte[] raw, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(raw, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
