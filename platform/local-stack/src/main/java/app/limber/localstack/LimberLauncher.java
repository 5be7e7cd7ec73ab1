package app.limber.localstack;

import app.limber.infra.InfrastructureException;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Entry point of {@code ./limber}: {@code up [options]} runs the stack in the foreground until SIGINT or
 * SIGTERM; {@code token USER ROLE...} prints a token signed with the stack's dev key.
 */
public final class LimberLauncher {

    private LimberLauncher() {
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        String command = arguments.isEmpty() ? "up" : arguments.get(0);
        List<String> rest = arguments.isEmpty() ? List.of() : arguments.subList(1, arguments.size());
        try {
            switch (command) {
                case "up" -> up(LaunchOptions.parse(rest, System.getenv()));
                case "token" -> token(rest);
                default -> throw new LaunchOptions.UsageException("unknown command " + command + " (up, token)");
            }
        } catch (LaunchOptions.UsageException | StackStartException | InfrastructureException e) {
            System.err.println("limber: " + e.getMessage());
            System.exit(e instanceof LaunchOptions.UsageException ? 2 : 1);
        } catch (Exception e) {
            System.err.println("limber: " + e);
            System.exit(1);
        }
    }

    private static void up(LaunchOptions options) throws Exception {
        LocalStack stack = new LocalStack(options, new Progress(System.out));
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean ready = new AtomicBoolean();
        AtomicBoolean signalled = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            signalled.set(true);
            // after a failed start everything is already stopped and the error is the last line shown
            if (ready.get()) {
                System.out.println("limber: stopping services, Kafka and PostgreSQL...");
            }
            stack.close();
            stopped.countDown();
            if (ready.get()) {
                System.out.println("limber: stopped");
            }
        }, "limber-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stack.start();
        } catch (Exception e) {
            if (signalled.get()) {
                // Ctrl-C while starting: whatever failed did so because the hook was already stopping it
                System.err.println("limber: stopped before everything was ready");
                stopped.await();
                return;
            }
            throw e;
        }
        ready.set(true);
        System.out.println();
        System.out.print(ReadySummary.render(stack));
        System.out.flush();
        stopped.await();
    }

    private static void token(List<String> args) throws Exception {
        if (args.size() < 2) {
            throw new LaunchOptions.UsageException("usage: token USER ROLE... (roles: " + String.join(", ", DevKeys.ROLES) + ")");
        }
        List<String> roles = args.subList(1, args.size());
        try {
            DevKeys.requireKnownRoles(roles);
        } catch (IllegalArgumentException e) {
            throw new LaunchOptions.UsageException(e.getMessage());
        }
        Path repository = Path.of(System.getenv().getOrDefault("LIMBER_REPO", "."));
        String workDir = System.getenv("LIMBER_WORK_DIR");
        StackLayout layout = workDir == null ? StackLayout.forRepository(repository) : new StackLayout(repository, Path.of(workDir));
        DevKeys keys = DevKeys.loadOrCreate(layout.keys());
        System.out.println(keys.token(args.get(0), roles));
    }
}
