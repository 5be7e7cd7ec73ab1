package app.limber.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Port probing before anything starts, so that a clash is reported up front instead of half-way through. */
public final class Ports {

    private Ports() {
    }

    /** Whether nothing listens on the port on any interface (binding the wildcard address fails otherwise). */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port nothing listens on right now. */
    public static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
