package app.limber.platform.privacy;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * One user's AES-256-GCM key. Sealed bytes are a random 12-byte nonce followed by the ciphertext and its 16-byte
 * tag; the associated data binds them to their context (an event id and type, an alias), so sealed bytes moved to
 * another context do not open.
 */
public final class DataKey {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] raw;

    DataKey(byte[] raw) {
        if (raw.length != MasterKey.KEY_BYTES) {
            throw new IllegalArgumentException("a data key is " + MasterKey.KEY_BYTES + " bytes");
        }
        this.raw = raw.clone();
    }

    public static DataKey random() {
        byte[] raw = new byte[MasterKey.KEY_BYTES];
        RANDOM.nextBytes(raw);
        return new DataKey(raw);
    }

    public byte[] seal(byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
            cipher.updateAAD(associatedData);
            byte[] sealed = Arrays.copyOf(nonce, NONCE_BYTES + cipher.getOutputSize(plaintext.length));
            cipher.doFinal(plaintext, 0, plaintext.length, sealed, NONCE_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** @throws UnreadableException when the bytes were not sealed with this key for this associated data */
    public byte[] open(byte[] sealed, byte[] associatedData) {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new UnreadableException("sealed bytes too short");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, NONCE_BYTES));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new UnreadableException("authentication tag does not match");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    byte[] raw() {
        return raw.clone();
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(raw, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        return cipher;
    }
}
