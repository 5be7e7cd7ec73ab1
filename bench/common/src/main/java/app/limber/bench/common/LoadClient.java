package app.limber.bench.common;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * A load generator's HTTP/1.1 client: a fixed set of keep-alive connections, each served by its own thread that
 * takes the next request from one queue. Java's HttpClient cost about half a millisecond of CPU per request
 * (0.47 ms, measured from /proc at 600 req/s) on the same two cores as the services it measures; this costs a
 * fraction of that. A request waits in the queue while every connection is busy; callers count latency from
 * the request's due time, so that wait is part of it.
 */
public final class LoadClient implements AutoCloseable {

    /** An answer: status (-1 when the exchange failed: refused, reset, timed out), lower-case headers, body. */
    public record Response(int status, Map<String, String> headers, String body) {

        static final Response FAILED = new Response(-1, Map.of(), "");

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private record Pending(byte[] request, Consumer<Response> onResponse) {
    }

    private static final int READ_TIMEOUT_MILLIS = 60_000;

    private final String host;
    private final int port;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean closed;

    public LoadClient(URI base, int connections) {
        this.host = base.getHost();
        this.port = base.getPort();
        for (int i = 0; i < connections; i++) {
            Thread worker = new Thread(this::serve, "load-client-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
    }

    /** The bytes of a request; {@code json} may be null for a request without a body. */
    public byte[] request(String method, String path, Map<String, String> headers, String json) {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: ")
                .append(host).append(':').append(port).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (json != null) {
            head.append("Content-Type: application/json\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    /** Sends when a connection is free; {@code onResponse} runs on a connection's thread. */
    public void submit(byte[] request, Consumer<Response> onResponse) {
        queue.add(new Pending(request, onResponse));
    }

    private void serve() {
        Socket socket = null;
        InputStream in = null;
        while (!closed) {
            Pending next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                break;
            }
            Response response = Response.FAILED;
            try {
                if (socket == null) {
                    socket = new Socket(host, port);
                    socket.setTcpNoDelay(true);
                    socket.setSoTimeout(READ_TIMEOUT_MILLIS);
                    in = new BufferedInputStream(socket.getInputStream(), 16_384);
                }
                socket.getOutputStream().write(next.request());
                response = read(in);
                if ("close".equalsIgnoreCase(response.header("connection"))) {
                    closeQuietly(socket);
                    socket = null;
                }
            } catch (IOException | RuntimeException e) {
                closeQuietly(socket);
                socket = null;
            }
            next.onResponse().accept(response);
        }
        closeQuietly(socket);
    }

    /** Reads one response with a Content-Length or chunked body. */
    static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        int status = Integer.parseInt(statusLine.substring(9, 12));
        Map<String, String> headers = new HashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
        }
        StringBuilder body = new StringBuilder();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (int chunk = Integer.parseInt(line(in).trim(), 16); chunk > 0; chunk = Integer.parseInt(line(in).trim(), 16)) {
                body.append(new String(in.readNBytes(chunk), StandardCharsets.UTF_8));
                line(in);
            }
            line(in);
        } else {
            int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
            byte[] bytes = in.readNBytes(length);
            if (bytes.length < length) {
                throw new EOFException("connection closed in a body");
            }
            body.append(new String(bytes, StandardCharsets.UTF_8));
        }
        return new Response(status, headers, body.toString());
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        workers.forEach(Thread::interrupt);
    }
}
