package app.limber.testing.infra;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Calls the one copy of a class that the whole JVM shares.
 *
 * <p>Quarkus loads test classes (and the test resources they name) through its own class loaders and may
 * create a new one when an application restarts. A plain {@code static} field would then exist once per
 * class loader: a second Kafka broker, a second JWT key pair that the running application does not trust.
 * The system class loader is the one loader every test class loader can reach, so state kept in the copy
 * it loads is JVM-wide. Only JDK types cross this boundary, which is why the methods called through here
 * take and return strings, byte arrays and booleans.
 */
public final class JvmWide {

    private JvmWide() {
    }

    /** Invokes the public static method {@code name} of the JVM-wide copy of {@code owner}. */
    @SuppressWarnings("unchecked")
    public static <T> T call(Class<?> owner, String name, Object... args) {
        Class<?> shared = sharedCopyOf(owner);
        Method method = Arrays.stream(shared.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(owner.getName() + " has no method " + name));
        // Kafka and log4j load plugins through the context class loader: during a Quarkus test that is
        // Quarkus's loader, whose copies of broker classes do not match the shared ones
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(shared.getClassLoader());
        try {
            return (T) method.invoke(null, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Class<?> sharedCopyOf(Class<?> owner) {
        try {
            return Class.forName(owner.getName(), true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException notOnSystemClassPath) {
            // e.g. a runner that isolates the test class path: the caller's own copy is the best there is
            return owner;
        }
    }
}
