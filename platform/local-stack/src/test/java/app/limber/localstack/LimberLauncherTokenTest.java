package app.limber.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./limber token USER ROLE...} as a user meets it: the launcher's own process, its exit code and what it
 * prints on each stream. It runs from the test classpath, so no jar and no stack are needed.
 */
class LimberLauncherTokenTest {

    @TempDir
    Path workDir;

    @TempDir
    Path output;

    @Test
    void anUnknownRoleIsRefusedWithTheKnownOnesAndNoTokenIsPrinted() throws Exception {
        Run run = launcher("token", "zed", "superuser");

        assertAll(
                () -> assertEquals(2, run.exitCode(), "exit code; stderr: " + run.stderr()),
                () -> assertEquals("", run.stdout(), "no token on stdout"),
                () -> assertEquals("limber: unknown role superuser; the roles are athlete, admin, analyst, coach", run.stderr().strip()),
                () -> assertFalse(Files.exists(workDir.resolve("keys")), "a refused request makes no key pair"));
    }

    @Test
    void knownRolesGetATokenSignedWithTheWorkDirectorysKey() throws Exception {
        Run run = launcher("token", "zed", "athlete", "analyst");

        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(3, run.stdout().strip().split("\\.").length, "a JWT: " + run.stdout());
        assertTrue(Files.exists(workDir.resolve("keys").resolve(DevKeys.PUBLIC_KEY_FILE)), "the key pair of LIMBER_WORK_DIR");
    }

    private Run launcher(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LimberLauncher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("LIMBER_WORK_DIR", workDir.toString());
        Path stdout = output.resolve("stdout");
        Path stderr = output.resolve("stderr");
        Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher finished");
        return new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String stdout, String stderr) {
    }
}
