package app.limber.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TicksTest {

    @Test
    void stepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertEquals(1, Ticks.niceStep(1.2));
        assertEquals(2, Ticks.niceStep(1.5));
        assertEquals(5, Ticks.niceStep(4));
        assertEquals(10, Ticks.niceStep(8));
        assertEquals(0.05, Ticks.niceStep(0.06), 1e-12);
        assertEquals(20_000, Ticks.niceStep(17_000));
    }

    @Test
    void boundsStartAndEndOnATickAroundTheData() {
        Ticks ticks = Ticks.of(0, 48_602, 5);

        assertEquals(new Ticks(0, 50_000, 10_000), ticks);
        assertEquals(List.of(0.0, 10_000.0, 20_000.0, 30_000.0, 40_000.0, 50_000.0), ticks.values());
    }

    @Test
    void fractionalStepsDoNotDrift() {
        Ticks ticks = Ticks.of(0, 0.7, 7);

        assertEquals(0.1, ticks.step(), 1e-12);
        assertEquals(List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7), ticks.values());
        assertEquals(List.of("0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"),
                ticks.values().stream().map(ticks::format).toList());
    }

    @Test
    void negativeAndFlatRangesStillGetAnAxis() {
        assertEquals(new Ticks(-10, 30, 10), Ticks.of(-7, 23, 4));
        assertEquals(new Ticks(0, 1, 0.2), Ticks.of(0, 0, 5));
        assertEquals(new Ticks(0, 8, 2), Ticks.of(5, 5, 4));
    }

    @Test
    void labelsAreShort() {
        Ticks thousands = Ticks.of(0, 48_602, 5);
        assertEquals("40k", thousands.format(40_000));
        assertEquals("0", thousands.format(0));
        Ticks millions = Ticks.of(0, 12_000_000, 6);
        assertEquals("10M", millions.format(10_000_000));
        Ticks aMillion = Ticks.of(0, 1_000_000, 5);
        assertEquals(List.of("0", "0.2M", "0.4M", "0.6M", "0.8M", "1.0M"), aMillion.values().stream().map(aMillion::format).toList());
        Ticks hundreds = Ticks.of(0, 2_000, 4);
        assertEquals("1,500", hundreds.format(1_500));
        Ticks small = Ticks.of(0, 0.06, 6);
        assertEquals("0.05", small.format(0.05));
    }
}
