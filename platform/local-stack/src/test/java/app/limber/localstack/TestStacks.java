package app.limber.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Starts stacks the way {@code ./limber up} does, but in a temporary work directory and on free ports. */
final class TestStacks {

    private TestStacks() {
    }

    static LaunchOptions options(Path workDir, String... extraArgs) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "--repo", repository().toString(),
                "--work-dir", workDir.toString(),
                "--postgres-port", "0",
                "--kafka-port", "0",
                "--catalog-port", "0",
                "--routine-port", "0",
                "--progress-port", "0",
                "--web-port", "0"));
        args.addAll(List.of(extraArgs));
        return LaunchOptions.parse(args, Map.of());
    }

    /** Under {@code target/} so that the logs a failure message points to are still there afterwards. */
    static Path newWorkDir() throws IOException {
        Path parent = Files.createDirectories(Path.of("target", "local-stack-it"));
        return Files.createTempDirectory(parent, "stack-").toAbsolutePath();
    }

    /** The repository root, whose service modules hold the packaged jars. */
    static Path repository() {
        String configured = System.getProperty("limber.repo");
        return configured != null ? Path.of(configured) : Path.of("../..").toAbsolutePath().normalize();
    }
}
