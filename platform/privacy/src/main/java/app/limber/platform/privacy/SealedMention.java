package app.limber.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Another user named inside a sealed event (the coach who assigned or paused an athlete's plan, or who coaches
 * them), sealed with that user's own key: {@code sealed:<alias>:<base64>}. Erasing the coach then shreds every
 * mention of them, though the athlete's events stay readable. The text is still a non-empty string, as the schemas
 * require of a user id.
 */
public record SealedMention(String alias, byte[] sealed) {

    private static final String PREFIX = "sealed:";

    /** {@code userId} sealed with their key for the field {@code field} of the event {@code eventId}. */
    public static String seal(DataKey key, String alias, String eventId, String field, String userId) {
        byte[] sealed = key.seal(userId.getBytes(StandardCharsets.UTF_8), aad(alias, eventId, field));
        return PREFIX + alias + ":" + Base64.getEncoder().encodeToString(sealed);
    }

    /** The mention, when {@code text} is one; empty for a plain user id. */
    public static Optional<SealedMention> of(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int colon = text.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new UnreadableException("malformed sealed mention");
        }
        try {
            return Optional.of(new SealedMention(text.substring(PREFIX.length(), colon),
                    Base64.getDecoder().decode(text.substring(colon + 1))));
        } catch (IllegalArgumentException e) {
            throw new UnreadableException("sealed mention is not base64");
        }
    }

    /** The user id. @throws UnreadableException with another key, event or field */
    public String open(DataKey key, String eventId, String field) {
        return new String(key.open(sealed, aad(alias, eventId, field)), StandardCharsets.UTF_8);
    }

    private static byte[] aad(String alias, String eventId, String field) {
        return ("limber-mention\n" + alias + "\n" + eventId + "\n" + field).getBytes(StandardCharsets.UTF_8);
    }
}
