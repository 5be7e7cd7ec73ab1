package app.limber.testing.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.jboss.logmanager.LogContext;

/**
 * The in-process broker logs every request it handles at INFO, and embedded PostgreSQL relays its server log.
 * Both go through slf4j to the JBoss log manager, before any Quarkus application (with its own log
 * configuration) has started.
 */
final class QuietInfrastructureLogging {

    private static final List<String> CATEGORIES = List.of(
            "org.apache.kafka", "kafka", "state.change.logger", "io.zonky.test");

    // loggers are weakly referenced by the log context; a level set on a collected logger is lost
    private static final List<Logger> quieted = new ArrayList<>();

    private QuietInfrastructureLogging() {
    }

    static synchronized void apply() {
        for (String category : CATEGORIES) {
            Logger logger = LogContext.getLogContext().getLogger(category);
            logger.setLevel(Level.WARNING);
            quieted.add(logger);
        }
    }
}
