package app.limber.localstack;

import app.limber.infra.FileTrees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the stack keeps its state. Everything lives under one work directory ({@code .limber/} in a
 * clone) so that wiping it, or git-ignoring it, covers all of it.
 */
public record StackLayout(Path repository, Path workDir) {

    public StackLayout {
        repository = repository.toAbsolutePath().normalize();
        workDir = workDir.toAbsolutePath().normalize();
    }

    public static StackLayout forRepository(Path repository) {
        return new StackLayout(repository, repository.resolve(".limber"));
    }

    public Path postgresData() {
        return workDir.resolve("postgres");
    }

    public Path kafkaData() {
        return workDir.resolve("kafka");
    }

    public Path keys() {
        return workDir.resolve("keys");
    }

    public Path logs() {
        return workDir.resolve("logs");
    }

    public Path log(String processName) {
        return logs().resolve(processName + ".log");
    }

    public Path pidFile() {
        return workDir.resolve("stack.pid");
    }

    public Path readyMarker() {
        return workDir.resolve("ready");
    }

    public Path serviceJar(String module) {
        return repository.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** Removes the stored data; keys stay so that tokens already handed out keep working. */
    public void wipeData() throws IOException {
        for (Path dir : List.of(postgresData(), kafkaData(), logs())) {
            FileTrees.deleteRecursively(dir);
        }
    }

    public void createDirectories() throws IOException {
        for (Path dir : List.of(postgresData(), kafkaData(), keys(), logs())) {
            Files.createDirectories(dir);
        }
    }
}
