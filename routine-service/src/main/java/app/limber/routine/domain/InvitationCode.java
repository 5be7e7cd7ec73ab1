package app.limber.routine.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * A coach's single-use invitation code: 12 symbols from an alphabet without look-alikes (no 0/O, 1/I/L),
 * so it can be read out or typed from a screenshot; about 59 random bits, far beyond guessing. Letters may
 * be typed in either case. Only its hash is stored.
 */
public final class InvitationCode {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 12;
    /** A well-formed code in either case; anything else cannot be a code. */
    public static final String PATTERN = "^[2-9A-HJKMNP-Za-hjkmnp-z]{" + LENGTH + "}$";
    public static final String FORMAT = LENGTH + " letters and digits, as the coach received it";
    public static final Duration VALID_FOR = Duration.ofDays(7);

    private InvitationCode() {
    }

    /** A fresh code; {@code random} must be a cryptographically strong generator in production. */
    public static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form of a code: SHA-256 (hex) of its upper-case spelling. */
    public static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(code.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
