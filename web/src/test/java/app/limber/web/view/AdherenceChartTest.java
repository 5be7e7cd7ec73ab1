package app.limber.web.view;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdherenceChartTest {

    @Test
    void sharesMapFromTheBottomOfThePlotToItsTop() {
        assertEquals(AdherenceChart.HEIGHT - AdherenceChart.BOTTOM, AdherenceChart.y(0), 1e-9);
        assertEquals(AdherenceChart.TOP, AdherenceChart.y(1), 1e-9);
        assertEquals((AdherenceChart.TOP + AdherenceChart.HEIGHT - AdherenceChart.BOTTOM) / 2.0, AdherenceChart.y(0.5), 1e-9);
        assertEquals(AdherenceChart.y(1), AdherenceChart.y(1.3), 1e-9, "a share never leaves the plot");
    }

    @Test
    void weeksSpreadEvenlyFromTheLeftEdgeToTheRight() {
        assertEquals(AdherenceChart.LEFT, AdherenceChart.x(0, 12), 1e-9);
        assertEquals(AdherenceChart.WIDTH - AdherenceChart.RIGHT, AdherenceChart.x(11, 12), 1e-9);
        assertEquals(AdherenceChart.LEFT + (AdherenceChart.WIDTH - AdherenceChart.LEFT - AdherenceChart.RIGHT) / 2.0,
                AdherenceChart.x(0, 1), 1e-9, "a single week sits in the middle");
    }

    @Test
    void aWeekWithoutActivePlansBreaksTheLineInsteadOfDroppingToZero() {
        String svg = AdherenceChart.render(List.of(
                new AdherenceChart.Point("2026-W47", 0.5, 0.5, 0.0),
                new AdherenceChart.Point("2026-W48", null, null, null),
                new AdherenceChart.Point("2026-W49", 1.0, 1.0, 1.0)), "adherence");
        String mean = svg.substring(svg.indexOf("data-series=\"mean\""), svg.indexOf("data-series=\"median\""));
        String x0 = Svg.n(AdherenceChart.x(0, 3));
        String x2 = Svg.n(AdherenceChart.x(2, 3));
        assertTrue(mean.contains("d=\"M" + x0 + " " + Svg.n(AdherenceChart.y(0.5)) + " M" + x2 + " " + Svg.n(AdherenceChart.y(1)) + "\""),
                "two separate pieces: " + mean);
        assertFalse(mean.contains(" L"), "nothing joins across the empty week: " + mean);
        assertEquals(2, mean.split("<circle", -1).length - 1, "one marker per week with a value");
        assertTrue(mean.contains("<title>2026-W49 mean: 100%</title>"), mean);
    }

    @Test
    void everySeriesIsInTheLegendAndTheXAxisNamesWeeks() {
        String svg = AdherenceChart.render(List.of(new AdherenceChart.Point("2026-W49", 0.25, 0.0, 0.0)), "a");
        assertTrue(svg.contains(">mean</text>") && svg.contains(">median</text>") && svg.contains(">meeting target</text>"), svg);
        assertTrue(svg.contains(">W49</text>"), svg);
        assertTrue(svg.contains(">100%</text>") && svg.contains(">0%</text>"), svg);
    }
}
