package app.limber.localstack;

import app.limber.infra.Pem;
import app.limber.infra.TokenSigner;
import app.limber.platform.privacy.MasterKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;

/**
 * The stack's RSA key pair for signing development tokens, kept as PEM files in the stack's
 * {@code keys/} directory, and its master key for sealing personal event payloads ({@code master-key.b64}). The
 * public key file is what the services verify tokens with ({@code MP_JWT_VERIFY_PUBLICKEY_LOCATION}); the master key
 * file is {@code LIMBER_PRIVACY_MASTER_KEY_LOCATION}.
 */
public record DevKeys(RSAPrivateKey privateKey, RSAPublicKey publicKey, Path publicKeyFile) {

    /** How long the tokens the stack prints and {@code ./limber token} mints stay valid. */
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    /** The roles the services grant anything to; a token in another role would be refused everywhere. */
    public static final List<String> ROLES = List.of("athlete", "admin", "analyst", "coach");

    static final String PRIVATE_KEY_FILE = "private-key.pem";
    static final String PUBLIC_KEY_FILE = "public-key.pem";
    static final String MASTER_KEY_FILE = "master-key.b64";

    /** Loads the pair from {@code directory}, generating it first if it is not there yet. */
    public static DevKeys loadOrCreate(Path directory) throws IOException {
        Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
        Path publicFile = directory.resolve(PUBLIC_KEY_FILE);
        if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
            generate(directory, privateFile, publicFile);
        }
        Path masterFile = directory.resolve(MASTER_KEY_FILE);
        if (!Files.exists(masterFile)) {
            // a new master key makes the stack's earlier sealed events unreadable, so it is made only once
            Files.createDirectories(directory);
            Files.writeString(masterFile, MasterKey.generateBase64());
            restrictToOwner(masterFile);
        }
        try {
            return new DevKeys(Pem.readPrivateKey(privateFile), Pem.readPublicKey(publicFile), publicFile.toAbsolutePath());
        } catch (IOException e) {
            throw new IOException("unusable dev key pair in " + directory + " (delete it to get a new one)", e);
        }
    }

    /** The private key's file: the local stack's web front end signs its sign-in page's tokens with it. */
    public Path privateKeyFile() {
        return publicKeyFile.resolveSibling(PRIVATE_KEY_FILE);
    }

    /** The file holding the master key that wraps users' data keys. */
    public Path masterKeyFile() {
        return publicKeyFile.resolveSibling(MASTER_KEY_FILE);
    }

    /** A token for {@code userId} in the given roles, valid for {@link #TOKEN_LIFETIME}. */
    public String token(String userId, List<String> roles) {
        requireKnownRoles(roles);
        return new TokenSigner(privateKey).sign(userId, roles, TOKEN_LIFETIME);
    }

    /**
     * Refuses roles outside {@link #ROLES}: a token in a mistyped role would verify and then be answered 403
     * everywhere, which points the user at the service instead of at the typo.
     */
    public static void requireKnownRoles(List<String> roles) {
        List<String> unknown = roles.stream().filter(role -> !ROLES.contains(role)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException((unknown.size() == 1 ? "unknown role " : "unknown roles ")
                    + String.join(", ", unknown) + "; the roles are " + String.join(", ", ROLES));
        }
    }

    private static void generate(Path directory, Path privateFile, Path publicFile) throws IOException {
        Files.createDirectories(directory);
        KeyPair pair = TokenSigner.newKeyPair();
        Files.writeString(privateFile, Pem.encode(Pem.PRIVATE_KEY, pair.getPrivate().getEncoded()));
        restrictToOwner(privateFile);
        Files.writeString(publicFile, Pem.encode(Pem.PUBLIC_KEY, pair.getPublic().getEncoded()));
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the directory's own permissions apply.
        }
    }
}
