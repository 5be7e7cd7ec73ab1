package app.limber.progress.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.limber.progress.domain.AdherenceDistribution.Bucket;

class AdherenceDistributionTest {

    @Test
    void activePlansWithoutSessionsCountAsZero() {
        // five plans active: 3 of 3, 4 of 3 (capped at 1), 1 of 2, and two with nothing
        AdherenceDistribution week = AdherenceDistribution.of(5,
                List.of(new Bucket(3, 3, 1), new Bucket(4, 3, 1), new Bucket(1, 2, 1)));

        assertEquals(5, week.plansActive());
        assertEquals(0.5, week.mean(), 1e-12);
        assertEquals(0.5, week.median());
        assertEquals(0.4, week.metShare());
    }

    @Test
    void anEvenCountTakesTheMeanOfTheTwoMiddleValues() {
        AdherenceDistribution week = AdherenceDistribution.of(4, List.of(new Bucket(1, 4, 1), new Bucket(3, 4, 2)));

        assertEquals((0.25 + 0.75) / 2, week.median());
        assertEquals((0 + 0.25 + 0.75 + 0.75) / 4, week.mean(), 1e-12);
        assertEquals(0.0, week.metShare());
    }

    @Test
    void noActivePlanHasNoStatistics() {
        assertEquals(new AdherenceDistribution(0, null, null, null), AdherenceDistribution.of(0, List.of()));
    }
}
