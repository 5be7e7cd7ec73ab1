package app.limber.platform.security;

import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Tokens whose signature and claims were verified, by their exact text, each kept until the earlier of its own
 * expiry and a fixed time after it was verified. The text includes the signature, so only the very token that
 * passed verification can hit. Bounded in count and in the length of a token, so that a flood of distinct
 * tokens costs verification, never memory.
 */
final class VerifiedTokens {

    /** Longer tokens are verified every time rather than held. */
    static final int MAX_TOKEN_LENGTH = 8192;

    private record Entry(JsonWebToken token, long validUntilMillis) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private final long ttlMillis;
    private final LongSupplier clockMillis;
    private volatile long lastSweepMillis;

    VerifiedTokens(int capacity, Duration ttl, LongSupplier clockMillis) {
        this.capacity = capacity;
        this.ttlMillis = ttl.toMillis();
        this.clockMillis = clockMillis;
    }

    /** The verified token, or null when it was not verified here or its entry has run out. */
    JsonWebToken get(String raw) {
        Entry entry = entries.get(raw);
        if (entry == null) {
            return null;
        }
        if (clockMillis.getAsLong() >= entry.validUntilMillis()) {
            entries.remove(raw, entry);
            return null;
        }
        return entry.token();
    }

    /** Keeps a token that has just passed verification; one without an expiry is never kept. */
    void put(String raw, JsonWebToken verified) {
        long now = clockMillis.getAsLong();
        if (!(verified.getClaim(Claims.exp.name()) instanceof Number expiry)) {
            return;
        }
        long expiresAt = expiry.longValue() * 1000;
        long validUntil = Math.min(expiresAt, now + ttlMillis);
        if (validUntil <= now || raw.length() > MAX_TOKEN_LENGTH) {
            return;
        }
        if (entries.size() >= capacity && !sweptRoom(now)) {
            return;
        }
        entries.put(raw, new Entry(verified, validUntil));
    }

    int size() {
        return entries.size();
    }

    /** Drops run-out entries, at most once a second: a full cache of live tokens must not cost a scan per request. */
    private boolean sweptRoom(long now) {
        if (now - lastSweepMillis < 1000) {
            return false;
        }
        lastSweepMillis = now;
        entries.values().removeIf(e -> now >= e.validUntilMillis());
        return entries.size() < capacity;
    }
}
