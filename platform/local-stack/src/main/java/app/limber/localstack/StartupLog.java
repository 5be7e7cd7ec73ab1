package app.limber.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a Quarkus service reports about its own start from its log ("... started in 1.234s."). */
final class StartupLog {

    private static final Pattern STARTED_IN = Pattern.compile("started in (\\d+(?:\\.\\d+)?)s");

    private StartupLog() {
    }

    static Optional<Double> startedInSeconds(Path log) {
        try {
            Matcher matcher = STARTED_IN.matcher(Files.readString(log));
            return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
