package app.limber.localstack;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The README's API tours do what the README says, on any day: each "## API tour — ..." section's {@code ```bash}
 * blocks run with {@code bash} from the repository's root against the stack the other journeys use, the README's
 * {@code localhost:8081/8082/8083} pointing at its services and {@code ./limber token} signing with its key
 * ({@code LIMBER_WORK_DIR}; {@code LIMBER_NO_BUILD} so that the script never starts a Maven build inside this one).
 *
 * <p>A line ending in {@code # => X} is asserted: the command's standard output, trimmed, is X; when X is JSON, the
 * output is the same JSON except that its objects may have more fields than X shows ({@link TourExpectation}).
 * Every command must also exit with status 0.
 */
@ExtendWith(LocalStackExtension.class)
class ReadmeTourIT {

    private static final Duration TOUR_TIMEOUT = Duration.ofMinutes(3);
    private static final Path OUTPUTS = Path.of("target", "readme-tour");

    @TestFactory
    Stream<DynamicContainer> everyTourRunsAndPrintsWhatTheReadmeSays(StackClient stack) throws IOException {
        List<String> missing = Stream.of("bash", "curl", "jq").filter(tool -> !onPath(tool)).toList();
        assertTrue(missing.isEmpty(), "the README's tours need curl and jq (README.md, Prerequisites); not on the PATH: " + missing);
        Path repository = TestStacks.repository();
        List<ReadmeTour> tours = ReadmeTour.parse(Files.readString(repository.resolve("README.md"), StandardCharsets.UTF_8));
        assertTrue(tours.size() >= 3, "API tours in README.md: " + tours.stream().map(ReadmeTour::name).toList());
        return tours.stream().map(tour -> {
            Supplier<TourRun> run = once(() -> run(tour, stack, repository));
            Stream<DynamicTest> everyCommandSucceeds = Stream.of(dynamicTest("every command exits 0", () -> everyCommandSucceeded(tour, run.get())));
            Stream<DynamicTest> expectations = tour.expectations().stream().map(command -> dynamicTest(
                    "README.md:" + command.line() + " " + command.firstLine(), () -> expectationMet(command, run.get())));
            return dynamicContainer(tour.name() + " tour", Stream.concat(everyCommandSucceeds, expectations));
        });
    }

    private static TourRun run(ReadmeTour tour, StackClient stack, Path repository) {
        Map<String, String> hosts = new LinkedHashMap<>();
        ServiceSpec.DEFAULTS.forEach(spec -> hosts.put("localhost:" + spec.port(), stack.baseUrl(spec.name()).getAuthority()));
        Map<String, String> environment = Map.of(
                "LIMBER_WORK_DIR", stack.workDir().toString(),
                "LIMBER_NO_BUILD", "1",
                // ./limber runs the launcher with the JDK that runs this test
                "JAVA_HOME", System.getProperty("java.home"));
        try {
            return TourRun.execute(tour.commands(), hosts, repository, environment,
                    OUTPUTS.resolve(tour.name()).toAbsolutePath(), TOUR_TIMEOUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the " + tour.name() + " tour", e);
        }
    }

    private static void everyCommandSucceeded(ReadmeTour tour, TourRun run) {
        if (!run.finished()) {
            fail("the " + tour.name() + " tour did not finish within " + TOUR_TIMEOUT + "; outputs in " + run.outputs());
        }
        String failures = tour.commands().stream()
                .filter(command -> run.exitStatus(command).orElse(-1) != 0)
                .map(command -> describe(command, run) + "\n  stderr: " + run.stderr(command).strip())
                .collect(Collectors.joining("\n\n"));
        if (!failures.isEmpty()) {
            fail("commands of the " + tour.name() + " tour failed:\n\n" + failures + shellErrors(run));
        }
    }

    private static void expectationMet(ShellCommands.Command command, TourRun run) {
        String expected = command.expected().orElseThrow();
        String actual = run.stdout(command);
        if (run.exitStatus(command).isEmpty()) {
            fail(describe(command, run) + "\n  expected: " + expected + "\n  but the command never ran to its end" + shellErrors(run));
        }
        if (!TourExpectation.isMet(expected, actual)) {
            String stderr = run.stderr(command).strip();
            fail(describe(command, run) + "\n  expected: " + expected + "\n  actual:   " + actual.strip()
                    + (stderr.isEmpty() ? "" : "\n  stderr:   " + stderr));
        }
    }

    private static String describe(ShellCommands.Command command, TourRun run) {
        OptionalInt status = run.exitStatus(command);
        return "README.md:" + command.line() + " (exit " + (status.isPresent() ? status.getAsInt() : "-, not run") + ")\n"
                + command.text().indent(4).stripTrailing();
    }

    private static String shellErrors(TourRun run) {
        String errors = run.shellErrors().strip();
        return errors.isEmpty() ? "" : "\n\nbash said:\n" + errors.indent(4).stripTrailing();
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
