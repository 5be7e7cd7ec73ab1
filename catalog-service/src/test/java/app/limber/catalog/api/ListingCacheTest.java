package app.limber.catalog.api;

import app.limber.catalog.config.CatalogConfig;
import app.limber.catalog.domain.ExerciseFilter;
import app.limber.catalog.domain.TargetArea;
import app.limber.catalog.service.CatalogChanged;
import io.quarkus.runtime.configuration.MemorySize;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ListingCacheTest {

    private final AtomicInteger renders = new AtomicInteger();

    private static ListingCache cache(long bytes) {
        CatalogConfig config = new CatalogConfig() {
            @Override
            public Seed seed() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Listing listing() {
                return new Listing() {
                    @Override
                    public Duration refreshInterval() {
                        return Duration.ofSeconds(1);
                    }

                    @Override
                    public MemorySize cacheSize() {
                        return new MemorySize(BigInteger.valueOf(bytes));
                    }
                };
            }
        };
        return new ListingCache(null, config);
    }

    private static ExerciseFilter filter(TargetArea target) {
        return new ExerciseFilter(null, List.of(), List.of(target), List.of(), List.of(), null, false, 0, 20);
    }

    private byte[] render(int size) {
        renders.incrementAndGet();
        return new byte[size];
    }

    @Test
    void aRepeatedListingIsRenderedOnce() {
        ListingCache cache = cache(1000);
        byte[] first = cache.page(filter(TargetArea.GLUTES), () -> render(10));
        assertArrayEquals(first, cache.page(filter(TargetArea.GLUTES), () -> render(10)));
        cache.page(filter(TargetArea.CALVES), () -> render(10));
        assertEquals(2, renders.get());
    }

    @Test
    void aChangeRetiresEveryCachedListing() {
        ListingCache cache = cache(1000);
        cache.page(filter(TargetArea.GLUTES), () -> render(10));
        cache.changedHere(new CatalogChanged("glute-bridge"));
        cache.page(filter(TargetArea.GLUTES), () -> render(10));
        assertEquals(2, renders.get());
    }

    @Test
    void theCacheStartsOverRatherThanGrowPastItsSize() {
        ListingCache cache = cache(25);
        cache.page(filter(TargetArea.GLUTES), () -> render(10));
        cache.page(filter(TargetArea.CALVES), () -> render(10));
        cache.page(filter(TargetArea.CORE), () -> render(10));      // 30 bytes > 25: start over with this one
        cache.page(filter(TargetArea.CORE), () -> render(10));
        cache.page(filter(TargetArea.GLUTES), () -> render(10));
        assertEquals(4, renders.get());
    }

    @Test
    void sizeZeroTurnsCachingOff() {
        ListingCache cache = cache(0);
        cache.page(filter(TargetArea.GLUTES), () -> render(10));
        cache.page(filter(TargetArea.GLUTES), () -> render(10));
        assertEquals(2, renders.get());
    }
}
