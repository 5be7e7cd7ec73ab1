package app.limber.routine.persistence;

import app.limber.routine.domain.ExerciseSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalog read model as every request sees it, held in memory: every session and routine write checks
 * its exercises against it, and a query per request cost a fifth of the service's CPU under load while
 * the table changes a few times a day.
 *
 * <p>Changes applied by this instance are seen at once: while one is committing, readers go to the
 * database, and once it has committed the copy is reloaded. Changes applied by another instance (they
 * share the consumer group, so each applies only some partitions) are seen within {@link #MAX_AGE}.
 */
@ApplicationScoped
public class InMemoryCatalog {

    static final Duration MAX_AGE = Duration.ofSeconds(1);

    private record Copy(Map<String, ExerciseSnapshot> bySlug, long generation, long loadedAt) {
    }

    private final CatalogExerciseRepository exercises;
    private final TransactionSynchronizationRegistry transactions;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicInteger committing = new AtomicInteger();
    private volatile Copy copy;

    InMemoryCatalog(CatalogExerciseRepository exercises, TransactionSynchronizationRegistry transactions) {
        this.exercises = exercises;
        this.transactions = transactions;
    }

    /** What the read model knows of these slugs; unknown slugs are simply missing from the map. */
    public Map<String, ExerciseSnapshot> bySlugs(Collection<String> slugs) {
        Map<String, ExerciseSnapshot> all = current();
        Map<String, ExerciseSnapshot> found = new HashMap<>();
        for (String slug : slugs) {
            ExerciseSnapshot exercise = all.get(slug);
            if (exercise != null) {
                found.put(slug, exercise);
            }
        }
        return found;
    }

    /** Every exercise that is not retired, by slug. */
    public List<ExerciseSnapshot> allCurrent() {
        return current().values().stream().filter(e -> !e.retired())
                .sorted(Comparator.comparing(ExerciseSnapshot::slug)).toList();
    }

    /**
     * Called inside the transaction that changes the read model: readers bypass the copy until it has
     * committed (or rolled back), then the copy is reloaded.
     */
    public void changingInThisTransaction() {
        committing.incrementAndGet();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                // generation first: a reader that sees nothing committing must also see the new generation
                generation.incrementAndGet();
                committing.decrementAndGet();
            }
        });
    }

    private Map<String, ExerciseSnapshot> current() {
        if (committing.get() > 0) {
            return load();
        }
        long seen = generation.get();
        Copy held = copy;
        long now = System.nanoTime();
        if (held != null && held.generation() == seen && now - held.loadedAt() < MAX_AGE.toNanos()) {
            return held.bySlug();
        }
        Map<String, ExerciseSnapshot> loaded = load();
        if (committing.get() == 0 && generation.get() == seen) {
            copy = new Copy(loaded, seen, now);
        }
        return loaded;
    }

    private Map<String, ExerciseSnapshot> load() {
        return exercises.loadAll().stream().collect(Collectors.toUnmodifiableMap(ExerciseSnapshot::slug, Function.identity()));
    }
}
