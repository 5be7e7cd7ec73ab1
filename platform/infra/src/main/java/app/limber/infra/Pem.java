package app.limber.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * RSA keys as PEM text: {@code PRIVATE KEY} (PKCS#8) and {@code PUBLIC KEY} (X.509), the forms the services read
 * through {@code mp.jwt.verify.publickey.location} and openssl writes.
 */
public final class Pem {

    public static final String PRIVATE_KEY = "PRIVATE KEY";
    public static final String PUBLIC_KEY = "PUBLIC KEY";

    private Pem() {
    }

    /** {@code -----BEGIN <type>-----}, the DER bytes in Base64 lines of 64, {@code -----END <type>-----}. */
    public static String encode(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    /** The DER bytes of a PEM text (its first block). */
    public static byte[] decode(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
    }

    public static RSAPrivateKey readPrivateKey(Path file) throws IOException {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decode(Files.readString(file))));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IOException(file + " holds no RSA private key in PKCS#8 PEM", e);
        }
    }

    public static RSAPublicKey readPublicKey(Path file) throws IOException {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(decode(Files.readString(file))));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IOException(file + " holds no RSA public key in X.509 PEM", e);
        }
    }
}
