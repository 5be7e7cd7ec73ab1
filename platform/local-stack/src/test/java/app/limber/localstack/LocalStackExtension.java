package app.limber.localstack;

import app.limber.infra.FileTrees;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * One running stack shared by every end-to-end test class in the JVM (starting one takes tens of
 * seconds); journeys get a {@link StackClient} parameter. The stack stops when the test run ends.
 */
public final class LocalStackExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalStackExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        shared(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == StackClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared(context).client;
    }

    private static SharedStack shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(SharedStack.class, key -> SharedStack.start(), SharedStack.class);
    }

    /** Closed by JUnit when the root context ends, that is after the last test class of the run. */
    static final class SharedStack implements AutoCloseable {

        private final LocalStack stack;
        private final Path workDir;
        private final StackClient client;

        private SharedStack(LocalStack stack, Path workDir) {
            this.stack = stack;
            this.workDir = workDir;
            this.client = new StackClient(stack);
        }

        static SharedStack start() {
            try {
                Path workDir = TestStacks.newWorkDir();
                LocalStack stack = new LocalStack(TestStacks.options(workDir), new Progress(new PrintStream(System.out, true))).start();
                return new SharedStack(stack, workDir);
            } catch (Exception e) {
                throw new IllegalStateException("the local stack did not start: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() throws Exception {
            stack.close();
            FileTrees.deleteRecursively(workDir);
        }
    }
}
