package app.limber.localstack;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./limber} starts what the sources say: it rebuilds when a module's main sources are newer than
 * the stack's jars, and says why. The real script runs in a copy of the repository's layout whose
 * {@code mvnw} only records that it was called, so no build happens here.
 */
class LimberScriptBuildTest {

    private static final Instant BUILT_AT = Instant.parse("2026-12-01T10:00:00Z");
    private static final List<String> JARS = List.of(
            "platform/local-stack/target/limber-local-stack.jar",
            "catalog-service/target/quarkus-app/quarkus-run.jar",
            "routine-service/target/quarkus-app/quarkus-run.jar",
            "progress-service/target/quarkus-app/quarkus-run.jar",
            "web/target/quarkus-app/quarkus-run.jar");

    @TempDir
    Path repo;

    @BeforeEach
    void layOutARepositoryBuiltAtTen() throws IOException {
        Files.copy(TestStacks.repository().resolve("limber"), repo.resolve("limber"));
        executable(repo.resolve("limber"));
        Files.writeString(repo.resolve("pom.xml"), """
                <project>
                  <modules>
                    <module>platform/outbox</module>
                    <module>catalog-service</module>
                    <module>routine-service</module>
                    <module>progress-service</module>
                    <module>web</module>
                    <module>platform/local-stack</module>
                  </modules>
                  <profiles><profile><id>bench</id><modules><module>bench/system</module></modules></profile></profiles>
                </project>
                """);
        Files.writeString(repo.resolve("mvnw"), "#!/usr/bin/env bash\necho \"$*\" >> \"$(dirname \"$0\")/mvnw.calls\"\n");
        executable(repo.resolve("mvnw"));
        for (String module : List.of("platform/outbox", "catalog-service", "routine-service", "progress-service", "web",
                "platform/local-stack", "bench/system")) {
            source(module + "/pom.xml", BUILT_AT.minusSeconds(3600));
            source(module + "/src/main/java/Main.java", BUILT_AT.minusSeconds(3600));
            source(module + "/src/test/java/MainTest.java", BUILT_AT.minusSeconds(3600));
        }
        Files.createDirectories(repo.resolve("platform/local-stack/target/lib"));
        for (String jar : JARS) {
            source(jar, BUILT_AT);
        }
        Files.setLastModifiedTime(repo.resolve("pom.xml"), FileTime.from(BUILT_AT.minusSeconds(3600)));
    }

    @Test
    void nothingIsBuiltWhenTheJarsAreNewerThanEverySource() throws Exception {
        String output = limberBuild();

        assertEquals(0, mavenCalls().size(), output);
        assertTrue(output.contains("up to date"), output);
    }

    @Test
    void anEditedMainSourceRebuildsAndNamesItsModule() throws Exception {
        source("routine-service/src/main/java/Main.java", BUILT_AT.plusSeconds(60));

        String output = limberBuild();

        assertTrue(output.contains("limber: building (sources changed since the last build in: routine-service)"), output);
        assertEquals(List.of("-B -q -DskipTests clean package"), mavenCalls());
        assertEquals(1, mavenCalls().size(), "a second start after the rebuild builds nothing: " + limberBuild());
    }

    @Test
    void anEditedSharedModuleOrRootPomRebuildsToo() throws Exception {
        source("platform/outbox/src/main/java/Main.java", BUILT_AT.plusSeconds(60));
        assertTrue(limberBuild().contains("in: platform/outbox)"));

        source("pom.xml", Instant.now().plusSeconds(60));
        assertTrue(limberBuild().contains("in: pom.xml)"));
        assertEquals(2, mavenCalls().size());
    }

    @Test
    void testsAndBenchesDoNotMakeTheStackStale() throws Exception {
        source("routine-service/src/test/java/MainTest.java", BUILT_AT.plusSeconds(60));
        source("bench/system/src/main/java/Main.java", BUILT_AT.plusSeconds(60));

        String output = limberBuild();

        assertEquals(0, mavenCalls().size(), output);
    }

    @Test
    void aMissingJarIsBuilt() throws Exception {
        Files.delete(repo.resolve("progress-service/target/quarkus-app/quarkus-run.jar"));

        String output = limberBuild();

        assertTrue(output.contains("limber: building (missing: progress-service/target/quarkus-app/quarkus-run.jar"), output);
        assertEquals(1, mavenCalls().size());
    }

    @Test
    void withLimberNoBuildChangedSourcesAreNotBuilt() throws Exception {
        source("routine-service/src/main/java/Main.java", BUILT_AT.plusSeconds(60));

        String output = limberBuild(Map.of("LIMBER_NO_BUILD", "1"));

        assertEquals(0, mavenCalls().size(), output);
    }

    @Test
    void withLimberNoBuildAMissingJarIsAnErrorNamingIt() throws Exception {
        Files.delete(repo.resolve("catalog-service/target/quarkus-app/quarkus-run.jar"));

        Process process = limber(Map.of("LIMBER_NO_BUILD", "1"));
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(1, process.exitValue(), output);
        assertTrue(output.contains("limber: LIMBER_NO_BUILD is set, but these are missing: catalog-service/target/quarkus-app/quarkus-run.jar"),
                output);
        assertEquals(0, mavenCalls().size());
    }

    private String limberBuild() throws Exception {
        return limberBuild(Map.of());
    }

    private String limberBuild(Map<String, String> environment) throws Exception {
        Process process = limber(environment);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    private Process limber(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", repo.resolve("limber").toString(), "build")
                .directory(repo.toFile())
                .redirectErrorStream(true);
        builder.environment().remove("LIMBER_NO_BUILD");
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "./limber build finished");
        return process;
    }

    private List<String> mavenCalls() throws IOException {
        Path calls = repo.resolve("mvnw.calls");
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    private void source(String path, Instant modified) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.writeString(file, path);
        }
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
