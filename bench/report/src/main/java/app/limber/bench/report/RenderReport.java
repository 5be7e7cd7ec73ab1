package app.limber.bench.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Turns a bench run directory into its report: {@code chart.png} from series.csv (and events.csv, if any) and
 * {@code report.md} = a title, the chart, then the bench's own summary.md. An optional {@code x-axis.txt} names the x
 * axis when {@code t_s} is not seconds (a chart across runs, e.g. sessions ingested); the default is "time (s)".
 * <p>
 * Usage: {@code java -Djava.awt.headless=true -cp ... app.limber.bench.report.RenderReport <run-dir> <title>};
 * normally through bench/report.sh. Exits with 2 and one line on stderr when the directory breaks the contract.
 */
public final class RenderReport {

    static final String CHART = "chart.png";
    static final String REPORT = "report.md";
    /** Optional: the x axis's label when {@code t_s} is not time (a chart across runs, e.g. by size). */
    static final String X_AXIS = "x-axis.txt";

    private RenderReport() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: RenderReport <run-dir> <title>");
            System.exit(2);
        }
        try {
            Path report = render(Path.of(args[0]), args[1]);
            System.out.println(report);
        } catch (ReportException e) {
            System.err.println("report: " + e.getMessage());
            System.exit(2);
        }
    }

    static Path render(Path runDir, String title) {
        if (!Files.isDirectory(runDir)) {
            throw new ReportException("no run directory " + runDir);
        }
        Path summaryFile = runDir.resolve("summary.md");
        Path seriesFile = runDir.resolve("series.csv");
        for (Path required : List.of(summaryFile, seriesFile)) {
            if (!Files.isRegularFile(required)) {
                throw new ReportException("no " + required.getFileName() + " in " + runDir);
            }
        }
        List<Series.Panel> panels = Series.read(seriesFile);
        List<Marker> markers = Marker.readIfPresent(runDir.resolve("events.csv"));
        try {
            Path axisFile = runDir.resolve(X_AXIS);
            String axis = Files.isRegularFile(axisFile) ? Files.readString(axisFile, StandardCharsets.UTF_8).strip()
                    : ChartRenderer.TIME_AXIS;
            BufferedImage chart = new ChartRenderer(axis.isEmpty() ? ChartRenderer.TIME_AXIS : axis)
                    .render(title, panels, markers);
            if (!ImageIO.write(chart, "png", runDir.resolve(CHART).toFile())) {
                throw new ReportException("this JDK has no PNG writer");
            }
            String summary = Files.readString(summaryFile, StandardCharsets.UTF_8);
            Path report = runDir.resolve(REPORT);
            Files.writeString(report, markdown(title, summary), StandardCharsets.UTF_8);
            return report;
        } catch (IOException e) {
            throw new ReportException("cannot write the report into " + runDir + " (" + e.getMessage() + ")");
        }
    }

    static String markdown(String title, String summary) {
        // brackets would end the image's alt text early
        String alt = title.replace('[', '(').replace(']', ')');
        String body = summary.endsWith("\n") ? summary : summary + "\n";
        return "# " + title + "\n\n![" + alt + "](" + CHART + ")\n\n" + body;
    }
}
