package app.limber.catalog.api;

import app.limber.catalog.config.CatalogConfig;
import app.limber.catalog.domain.ExerciseFilter;
import app.limber.catalog.service.CatalogChanged;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rendered listings, kept until the catalog changes. The catalog is read far more often than it is
 * written, and a listing is the same bytes for everyone, so most listing requests cost no query.
 *
 * <p>Every cached page carries the generation it was rendered in; a change bumps the generation and
 * so retires every page rendered before it. This instance's own writes bump it when they commit
 * (before their response is sent). Writes of other instances are noticed by polling the sum of all
 * versions, which grows with every change, every {@code limber.catalog.listing.refresh-interval}.
 */
@ApplicationScoped
public class ListingCache {

    private static final Logger LOG = Logger.getLogger(ListingCache.class);

    private record Rendered(long generation, byte[] json) {
    }

    private final ConcurrentHashMap<ExerciseFilter, Rendered> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    /** Approximate size of what {@link #pages} holds; replaced pages are counted twice until the next clear. */
    private final AtomicLong bytes = new AtomicLong();
    private final AgroalDataSource dataSource;
    private final CatalogConfig config;
    private volatile long lastVersionSum = -1;
    private volatile ScheduledExecutorService poller;

    ListingCache(AgroalDataSource dataSource, CatalogConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    /** The page for {@code filter}, rendered by {@code render} unless a current one is cached. */
    byte[] page(ExerciseFilter filter, Supplier<byte[]> render) {
        long limit = config.listing().cacheSize().asLongValue();
        if (limit <= 0) {
            return render.get();
        }
        long current = generation.get();
        Rendered cached = pages.get(filter);
        if (cached != null && cached.generation() == current) {
            return cached.json();
        }
        byte[] json = render.get();
        if (bytes.addAndGet(json.length) > limit) {
            clear();
            bytes.addAndGet(json.length);
        }
        // tagged with the generation read before rendering: a change committed meanwhile outdates it
        pages.put(filter, new Rendered(current, json));
        return json;
    }

    void changedHere(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        invalidate();
    }

    private void invalidate() {
        generation.incrementAndGet();
        clear();
    }

    private void clear() {
        pages.clear();
        bytes.set(0);
    }

    void start(@Observes StartupEvent start) {
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "catalog-listing-refresh");
            t.setDaemon(true);
            return t;
        });
        long interval = config.listing().refreshInterval().toMillis();
        poller.scheduleWithFixedDelay(this::checkForChanges, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stop) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    private void checkForChanges() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select coalesce(sum(version), 0) from exercise")) {
            r.next();
            long sum = r.getLong(1);
            if (sum != lastVersionSum) {
                lastVersionSum = sum;
                invalidate();
            }
        } catch (SQLException | RuntimeException e) {
            // keep serving; the next poll tries again
            LOG.debugf("could not check the catalog for changes: %s", e.getMessage());
        }
    }
}
