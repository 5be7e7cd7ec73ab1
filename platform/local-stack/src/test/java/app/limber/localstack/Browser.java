package app.limber.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Debian's headless Chromium driven through its own chromedriver (Selenium Manager never runs: both paths are
 * given), with what every page visit checks: axe-core finds no serious or critical violation, the page's weight and
 * load time in the browser (Navigation and Resource Timing), and a screenshot.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Dimension DESKTOP = new Dimension(1024, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AXE = "/META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js";

    final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;
    private final Map<String, PageWeight> weights = new TreeMap<>();

    Browser(Path screenshots) throws IOException {
        this.screenshots = Files.createDirectories(screenshots);
        this.profile = Files.createTempDirectory("limber-chromium-");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    JavascriptExecutor js() {
        return driver;
    }

    /** axe-core on the page as it is now: no serious or critical violation. */
    void assertAccessible(String page) {
        js().executeScript(axeSource());
        Object result = js().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(JSON.stringify(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))))
                   .catch(e => done(JSON.stringify([{id: 'axe-failed', help: String(e)}])));""");
        assertEquals("[]", result, page + ": serious or critical accessibility violations");
    }

    /** What the browser measured for the document just loaded: bytes over the wire, requests, load time. */
    PageWeight measure(String page) {
        Object raw = js().executeScript("""
                const nav = performance.getEntriesByType('navigation')[0];
                const resources = performance.getEntriesByType('resource');
                return JSON.stringify({
                  documentBytes: nav.transferSize, documentBodyBytes: nav.decodedBodySize,
                  resourceBytes: resources.reduce((sum, r) => sum + r.transferSize, 0),
                  resourceBodyBytes: resources.reduce((sum, r) => sum + r.decodedBodySize, 0),
                  requests: 1 + resources.length,
                  domContentLoaded: nav.domContentLoadedEventEnd - nav.startTime,
                  load: nav.loadEventEnd - nav.startTime});""");
        try {
            JsonNode timing = JSON.readTree((String) raw);
            PageWeight weight = new PageWeight(page, timing.path("documentBodyBytes").asLong() + timing.path("resourceBodyBytes").asLong(),
                    timing.path("documentBytes").asLong() + timing.path("resourceBytes").asLong(), timing.path("requests").asInt(),
                    timing.path("domContentLoaded").asDouble(), timing.path("load").asDouble());
            weights.putIfAbsent(page, weight);
            return weight;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of the page at the given width, as tall as the page up to {@code maxHeight}. */
    void screenshot(String name, Dimension size, int maxHeight) {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(size);
        long height = ((Number) js().executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(size.width, (int) Math.min(maxHeight, Math.max(size.height, height))));
        try {
            Files.write(screenshots.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    void writeWeights(Path report) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("| page | requests | bytes (uncompressed) | bytes transferred | DOMContentLoaded ms | load ms |");
        lines.add("|---|---:|---:|---:|---:|---:|");
        weights.values().forEach(w -> lines.add(String.format(Locale.ROOT, "| %s | %d | %,d | %,d | %.0f | %.0f |",
                w.page(), w.requests(), w.bytes(), w.transferred(), w.domContentLoaded(), w.load())));
        Files.createDirectories(report.getParent());
        Files.write(report, lines);
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        app.limber.infra.FileTrees.deleteRecursively(profile);
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath at " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeVersion() {
        try (InputStream in = Browser.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the axe-core WebJar is not on the test classpath", e);
        }
    }

    record PageWeight(String page, long bytes, long transferred, int requests, double domContentLoaded, double load) {
    }
}
