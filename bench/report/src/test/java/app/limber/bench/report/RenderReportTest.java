package app.limber.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderReportTest {

    @TempDir
    Path run;

    @Test
    void writesAChartOfTheExpectedSizeThatIsNotBlankAndTheReport() throws IOException {
        List<String> rows = new ArrayList<>(List.of(Series.HEADER));
        for (int t = 0; t < 60; t++) {
            rows.add(t + ",throughput (req/s)," + (t < 30 ? "listing" : "constant") + "," + (40_000 + 100 * (t % 7)));
            rows.add(t + ",latency (ms),p50," + (2 + (t % 3) * 0.1));
            rows.add(t + ",latency (ms),p99," + (8 + t % 5));
        }
        Files.write(run.resolve("series.csv"), rows);
        Files.write(run.resolve("events.csv"), List.of(Marker.HEADER, "30,constant body", "45,kill -9 catalog"));
        Files.writeString(run.resolve("summary.md"), "| a | b |\n|---|---|\n| 1 | 2 |\n");

        Path report = RenderReport.render(run, "Catalog reads");

        assertEquals("# Catalog reads\n\n![Catalog reads](chart.png)\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
                Files.readString(report));
        BufferedImage chart = ImageIO.read(run.resolve("chart.png").toFile());
        assertEquals(ChartRenderer.WIDTH, chart.getWidth());
        // two stacked panels of a fixed plot height, plus the title, event labels and time axis
        assertTrue(chart.getHeight() > 500 && chart.getHeight() < 700, "height " + chart.getHeight());
        Set<Integer> colours = new HashSet<>();
        int ink = 0;
        for (int y = 0; y < chart.getHeight(); y++) {
            for (int x = 0; x < chart.getWidth(); x++) {
                int rgb = chart.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                ink += rgb == 0xFFFFFF ? 0 : 1;
            }
        }
        assertTrue(colours.size() > 50, "only " + colours.size() + " colours");
        assertTrue(ink > chart.getWidth() * chart.getHeight() / 50, "only " + ink + " pixels drawn");
    }

    @Test
    void eachAddedPanelMakesTheChartTaller() {
        List<Series.Panel> one = Series.parse(List.of(Series.HEADER, "0,a (x),s,1", "1,a (x),s,2"));
        List<Series.Panel> two = Series.parse(List.of(Series.HEADER, "0,a (x),s,1", "1,b (y),s,2"));

        BufferedImage small = new ChartRenderer().render("t", one, List.of());
        BufferedImage tall = new ChartRenderer().render("t", two, List.of());

        assertEquals(ChartRenderer.WIDTH, tall.getWidth());
        assertTrue(tall.getHeight() > small.getHeight() + 200);
    }

    @Test
    void anXAxisFileRelabelsTheAxisForChartsAcrossRuns() throws IOException {
        Files.write(run.resolve("series.csv"), List.of(Series.HEADER, "300,rate (events/s),ingestion,3000",
                "1000,rate (events/s),ingestion,2000"));
        Files.writeString(run.resolve("summary.md"), "sizes\n");
        RenderReport.render(run, "Scaling");
        BufferedImage overTime = ImageIO.read(run.resolve("chart.png").toFile());

        Files.writeString(run.resolve("x-axis.txt"), "sessions (thousands)\n");
        RenderReport.render(run, "Scaling");
        BufferedImage bySize = ImageIO.read(run.resolve("chart.png").toFile());

        assertEquals(overTime.getHeight(), bySize.getHeight());
        int differing = 0;
        for (int y = 0; y < bySize.getHeight(); y++) {
            for (int x = 0; x < bySize.getWidth(); x++) {
                differing += overTime.getRGB(x, y) == bySize.getRGB(x, y) ? 0 : 1;
            }
        }
        // the label differs, nothing else: a few hundred pixels of text at the axis
        assertTrue(differing > 50 && differing < 5_000, differing + " pixels differ");
    }

    @Test
    void refusesARunDirectoryWithoutItsSummary() throws IOException {
        Files.write(run.resolve("series.csv"), List.of(Series.HEADER, "0,a (x),s,1"));

        ReportException error = assertThrows(ReportException.class, () -> RenderReport.render(run, "t"));
        assertEquals("no summary.md in " + run, error.getMessage());
    }
}
