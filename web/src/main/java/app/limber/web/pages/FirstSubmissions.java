package app.limber.web.pages;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The request body first built for a form's Idempotency-Key. A form sent again is logged with that same body (its
 * completion time is not "now" again), so routine-service recognises the repeat and answers the first recording
 * instead of refusing a changed request under a used key.
 */
@ApplicationScoped
public class FirstSubmissions {

    static final int CAPACITY = 10_000;

    private final Map<String, Map<String, Object>> bodies = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, Object>> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The body first built for this user and key, building it now if there is none. */
    public synchronized Map<String, Object> bodyFor(String userId, String key, Supplier<Map<String, Object>> build) {
        return bodies.computeIfAbsent(userId + "\n" + key, ignored -> build.get());
    }
}
