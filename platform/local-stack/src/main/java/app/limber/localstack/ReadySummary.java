package app.limber.localstack;

import app.limber.infra.PostgresServer;

import java.util.List;
import java.util.Locale;

/** The text shown once everything is ready; also the content of the {@code ready} marker file. */
public final class ReadySummary {

    private ReadySummary() {
    }

    public static String render(LocalStack stack) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Limber is ready (all services ready %.1fs after launch)%n%n", stack.readySeconds()));
        text.append("Services:\n");
        for (RunningService service : stack.services()) {
            if (!service.spec().isApi()) {
                text.append(String.format(Locale.ROOT, "  %-9s %-24s pages   %-38s %s%n",
                        service.spec().name(), service.baseUrl(), service.baseUrl() + "/signin",
                        service.startedInSeconds().map(s -> String.format(Locale.ROOT, "started in %.3fs", s)).orElse("")));
                continue;
            }
            text.append(String.format(Locale.ROOT, "  %-9s %-24s swagger %-38s %s%n",
                    service.spec().name(), service.baseUrl(), service.swaggerUi(),
                    service.startedInSeconds().map(s -> String.format(Locale.ROOT, "started in %.3fs", s)).orElse("")));
        }
        text.append(String.format(Locale.ROOT, "%nInfrastructure:%n  kafka     %s%n  postgres  %s (user %s, databases %s)%n",
                stack.kafkaBootstrapServers(), stack.postgres().jdbcUrl("<db>"), PostgresServer.USER,
                String.join(", ", LocalStack.DATABASES)));
        text.append(String.format(Locale.ROOT, "%nTokens (valid %dh; more with ./limber token USER ROLE...):%n",
                DevKeys.TOKEN_LIFETIME.toHours()));
        DevKeys keys = stack.devKeys();
        for (DemoUser user : DemoUser.ALL) {
            text.append(String.format(Locale.ROOT, "  # %s (%s)%n  export %s_TOKEN=%s%n",
                    user.id(), user.role(), user.role().toUpperCase(Locale.ROOT),
                    keys.token(user.id(), List.of(user.role()))));
        }
        text.append(String.format(Locale.ROOT, "%nLogs in %s. Stop with Ctrl-C (or ./limber down when started with -d).%n",
                stack.layout().logs()));
        return text.toString();
    }
}
