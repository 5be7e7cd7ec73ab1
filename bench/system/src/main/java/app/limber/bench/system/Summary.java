package app.limber.bench.system;

import app.limber.bench.common.Host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** summary.md (report contract: Markdown, no top-level title), also printed to stdout. */
final class Summary {

    private final StringBuilder text = new StringBuilder();

    Summary paragraph(String line) {
        text.append(line).append("\n\n");
        return this;
    }

    Summary heading(String title) {
        text.append("### ").append(title).append("\n\n");
        return this;
    }

    Summary table(List<String> header, List<String[]> rows) {
        text.append("| ").append(String.join(" | ", header)).append(" |\n");
        text.append("|").append("---|".repeat(header.size())).append("\n");
        for (String[] row : rows) {
            text.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        text.append("\n");
        return this;
    }

    Summary conditions(String started, String loadAtStart, Settings settings) {
        return table(List.of("condition", "value"), List.of(
                new String[] {"date (UTC)", started},
                new String[] {"load average (1/5/15 min) at start / at end", loadAtStart + " / " + Host.loadAverage()},
                new String[] {"cores", String.valueOf(Runtime.getRuntime().availableProcessors())},
                new String[] {"service JVM options", "`" + String.join(" ", settings.serviceJvmOptions()) + "`"},
                new String[] {"bench JVM heap (also runs Kafka)", Runtime.getRuntime().maxMemory() / (1 << 20) + " MB"},
                new String[] {"JDK", System.getProperty("java.version")},
                new String[] {"machine", "PostgreSQL, Kafka, the services and the load generator share it"}));
    }

    void write(Path runDir) throws IOException {
        Files.writeString(runDir.resolve("summary.md"), text.toString());
        System.out.print(text);
        System.out.flush();
    }

    static String now() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(Instant.now().atOffset(ZoneOffset.UTC));
    }

    static String ms(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
