package app.limber.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How {@link ReadmeTourIT} reads the README's tours, judges their outputs and runs them, without a stack. */
class ReadmeTourTest {

    /** A tool other than curl and jq (and the shell's own grep) that a tour must not need. */
    private static final Pattern OTHER_TOOL = Pattern.compile("(^|[|;&(]|\\$\\()\\s*(date|sed|awk|python3?|perl)\\s");

    @TempDir
    Path outputs;

    @Test
    void onlyTheBashBlocksUnderTourHeadingsAreToursAndLineNumbersAreTheFilesOwn() {
        String markdown = """
                # Title
                ```bash
                ./limber up
                ```
                ## API tour — catalog
                Some prose.
                ```bash
                C=localhost:8081

                # a comment line is no command
                curl -s $C/taxonomy | jq -c 'keys'   # => ["category"]
                ```
                ```json
                ## not a heading inside a block
                ```
                ```bash
                curl -s $C/exercises   # a plain comment expects nothing
                ```
                ## Tests
                ```bash
                ./mvnw verify   # => nothing
                ```
                ## API tour — routine
                ```bash
                echo hi   # => hi
                ```
                """;

        List<ReadmeTour> tours = ReadmeTour.parse(markdown);

        assertEquals(List.of("catalog", "routine"), tours.stream().map(ReadmeTour::name).toList());
        ReadmeTour catalog = tours.get(0);
        assertEquals(List.of(
                new ShellCommands.Command(8, "C=localhost:8081", Optional.empty()),
                new ShellCommands.Command(11, "curl -s $C/taxonomy | jq -c 'keys'   # => [\"category\"]", Optional.of("[\"category\"]")),
                new ShellCommands.Command(17, "curl -s $C/exercises   # a plain comment expects nothing", Optional.empty())),
                catalog.commands());
        assertEquals(1, catalog.expectations().size());
    }

    @Test
    void aCommandGoesOnAfterABackslashAndInsideQuotesOrParentheses() {
        List<String> block = List.of(
                "BODY='{\"a\": 1,",
                "  \"b\": \"# not a comment\"}'",
                "PLAN=$(curl -s -X POST $R/plans \\",
                "  -d \"{\\\"x\\\": \\\"$(jq -nr 'now | strftime(\"%Y\")')\\\"}\" | jq -r '.id')",
                "X=$(jq -nc 'now as $t | {a: 1,",
                "  b: ($t | todate)}')",
                "curl -s $R/x \\",
                "  | jq '.total'   # => 3",
                "echo '# => not an expectation'",
                "until curl -s x | jq -e '.n == 1' >/dev/null; do sleep 1; done");

        List<ShellCommands.Command> commands = ShellCommands.split(block, 10);

        assertEquals(List.of(10, 12, 14, 16, 18, 19), commands.stream().map(ShellCommands.Command::line).toList());
        assertEquals(block.get(2) + "\n" + block.get(3), commands.get(1).text());
        assertEquals(Optional.of("3"), commands.get(3).expected());
        assertEquals("curl -s $R/x \\ ...", commands.get(3).firstLine());
        assertEquals(Optional.empty(), commands.get(4).expected());
    }

    @Test
    void aCommandThatNeverEndsIsAReadmeMistakeNamingItsLine() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ShellCommands.split(List.of("echo ok", "curl -d '{\"a\": 1}", "echo next"), 40));
        assertTrue(refused.getMessage().startsWith("line 41:"), refused.getMessage());
    }

    @Test
    void plainOutputMustEqualTheExpectationOnceTrimmed() {
        assertAll(
                () -> assertTrue(TourExpectation.isMet("304", "304\n")),
                () -> assertTrue(TourExpectation.isMet("ETag: \"1\"", "ETag: \"1\"\r\n")),
                () -> assertFalse(TourExpectation.isMet("304", "3040")),
                () -> assertFalse(TourExpectation.isMet("half-pigeon", "half-pigeon\nfrog-stretch")),
                () -> assertFalse(TourExpectation.isMet("1", "")));
    }

    @Test
    void jsonOutputMayHaveMoreObjectFieldsButEverythingShownMustBeThere() {
        assertAll(
                () -> assertTrue(TourExpectation.isMet("{\"field\": \"target\"}", "{\"field\":\"target\",\"message\":\"unknown\"}")),
                () -> assertTrue(TourExpectation.isMet("{\"a\": {\"b\": 1}}", "{\"a\":{\"b\":1.0,\"c\":2}}")),
                () -> assertTrue(TourExpectation.isMet("[{\"field\": \"goal\"}]", "[{\"field\":\"goal\",\"message\":\"m\"}]")),
                () -> assertFalse(TourExpectation.isMet("{\"field\": \"target\"}", "{\"field\":\"to\"}")),
                () -> assertFalse(TourExpectation.isMet("{\"minSeconds\": 384}", "{}")),
                () -> assertFalse(TourExpectation.isMet("[\"a\"]", "[\"a\",\"b\"]"), "arrays match whole"),
                () -> assertFalse(TourExpectation.isMet("{\"a\": 1}", "{\"a\":1}\n{\"a\":2}"), "two values are not one"),
                () -> assertFalse(TourExpectation.isMet("{\"a\": 1}", "not json")),
                () -> assertThrows(IllegalArgumentException.class, () -> TourExpectation.isMet("{oops", "{}")));
    }

    @Test
    void aRunCapturesEachCommandsOutputAndStatusAndPointsReadmeHostsAtTheStack() throws Exception {
        List<ShellCommands.Command> commands = ShellCommands.split(List.of(
                "GREETING=hello",
                "echo \"$GREETING from localhost:8081\" | tr a-z A-Z",
                "echo oops >&2; false",
                "echo \"still $GREETING\""), 1);

        TourRun run = TourRun.execute(commands, Map.of("localhost:8081", "127.0.0.1:54321"), outputs,
                Map.of(), outputs.resolve("run"), Duration.ofSeconds(30));

        assertAll(
                () -> assertTrue(run.finished()),
                () -> assertEquals("HELLO FROM 127.0.0.1:54321\n", run.stdout(commands.get(1))),
                () -> assertEquals(OptionalInt.of(0), run.exitStatus(commands.get(1))),
                () -> assertEquals(OptionalInt.of(1), run.exitStatus(commands.get(2))),
                () -> assertEquals("oops\n", run.stderr(commands.get(2))),
                () -> assertEquals("still hello\n", run.stdout(commands.get(3)), "one shell: variables carry on"));
    }

    @Test
    void aRunThatOutlivesItsTimeoutIsStoppedAndSaysSo() throws Exception {
        List<ShellCommands.Command> commands = ShellCommands.split(List.of("sleep 30", "echo after"), 1);

        TourRun run = TourRun.execute(commands, Map.of(), outputs, Map.of(), outputs.resolve("run"), Duration.ofMillis(500));

        assertFalse(run.finished());
        assertEquals(OptionalInt.empty(), run.exitStatus(commands.get(1)));
    }

    @Test
    void theReadmeHasThreeToursWithAtLeastTwentyStatedOutcomesNeedingOnlyCurlAndJq() throws Exception {
        List<ReadmeTour> tours = ReadmeTour.parse(Files.readString(TestStacks.repository().resolve("README.md"), StandardCharsets.UTF_8));

        assertEquals(List.of("catalog", "routine", "progress"), tours.stream().map(ReadmeTour::name).toList());
        assertTrue(tours.stream().mapToInt(tour -> tour.expectations().size()).sum() >= 20, "stated outcomes");
        assertAll(tours.stream().flatMap(tour -> tour.commands().stream()).map(command -> () ->
                assertFalse(OTHER_TOOL.matcher(command.text()).find(), "README.md:" + command.line() + " needs more than curl and jq: "
                        + command.text())));
    }
}
