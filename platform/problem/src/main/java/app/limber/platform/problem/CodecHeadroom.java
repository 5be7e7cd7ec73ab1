package app.limber.platform.problem;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A request line or header section over Vert.x's own limits is refused inside the HTTP codec, by a
 * handler ({@code HttpServer#invalidRequestHandler}) that Quarkus 3.33 offers no way to replace: the
 * client gets a bare 414 or 431 without a body. So the codec is given {@value #FACTOR} times the
 * configured limits, and {@link HttpLimitsRoute} enforces the configured ones with a problem document.
 * Only a request over the raised limits still meets the codec's bare answer.
 */
@ApplicationScoped
public class CodecHeadroom implements HttpServerOptionsCustomizer {

    static final int FACTOR = 4;

    private final HttpLimits limits;

    CodecHeadroom(HttpLimits limits) {
        this.limits = limits;
    }

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        raise(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        raise(options);
    }

    private void raise(HttpServerOptions options) {
        options.setMaxInitialLineLength(limits.requestLine() * FACTOR);
        options.setMaxHeaderSize(Math.toIntExact(limits.headers() * FACTOR));
    }
}
