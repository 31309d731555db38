package org.glyphgan.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glyphgan.facade.GlyphGanException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one handler of the service: runs the {@link RequestGuard} checks, then dispatches by path
 * and method. GET and HEAD only read; every state change is a POST.
 */
final class Router implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    private static final List<String> GET = List.of("GET");
    private static final List<String> POST = List.of("POST");
    private static final String ID = "([A-Za-z0-9_-]{1,64})";
    private static final Pattern FONT = Pattern.compile("/api/font/" + ID + "\\.ttf");
    private static final Pattern SPECIMEN = Pattern.compile("/api/specimen/" + ID + "\\.svg");
    private static final Pattern JOB = Pattern.compile("/api/jobs/" + ID);
    private static final Pattern JOB_EVENTS = Pattern.compile("/api/jobs/" + ID + "/events");
    private static final Pattern JOB_CANCEL = Pattern.compile("/api/jobs/" + ID + "/cancel");

    private final RequestGuard guard;
    private final StaticAssets assets;
    private final GlyphApi glyphs;
    private final RetrainApi retraining;
    private final Map<Integer, LongAdder> rejections = new ConcurrentHashMap<>();

    Router(RequestGuard guard, StaticAssets assets, GlyphApi glyphs, RetrainApi retraining) {
        this.guard = guard;
        this.assets = assets;
        this.glyphs = glyphs;
        this.retraining = retraining;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            guard.checkSource(exchange.getRequestHeaders());
            dispatch(exchange, exchange.getRequestURI().getRawPath());
        } catch (ApiException e) {
            reject(exchange, e);
        } catch (GlyphGanException e) {
            reject(exchange, new ApiException(400, e.getMessage()));
        } catch (IOException e) {
            LOG.warn("{} {}: connection failed: {}", exchange.getRequestMethod(), Exchanges.pathForLog(exchange),
                    e.toString());
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", exchange.getRequestMethod(), Exchanges.pathForLog(exchange), e);
            respondQuietly(exchange, 500, "Internal error (" + e.getClass().getSimpleName()
                    + "): see the server log");
        } finally {
            exchange.close();
        }
    }

    private void dispatch(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        if (assets.serves(path)) {
            allow(method, path, GET);
            assets.send(exchange, path);
            return;
        }
        if (!path.startsWith("/api/")) {
            throw new ApiException(404, "No page at " + path + ": open / for the preview page");
        }
        guard.checkToken(exchange.getRequestHeaders());
        Matcher match;
        if (path.equals("/api/styles")) {
            allow(method, path, GET);
            glyphs.styles(exchange);
        } else if (path.equals("/api/generate")) {
            allow(method, path, POST);
            glyphs.generate(exchange);
        } else if (path.equals("/api/regenerate")) {
            allow(method, path, POST);
            glyphs.regenerate(exchange);
        } else if (path.equals("/api/export")) {
            allow(method, path, POST);
            glyphs.export(exchange);
        } else if (path.equals("/api/retrain")) {
            allow(method, path, POST);
            retraining.retrain(exchange);
        } else if ((match = FONT.matcher(path)).matches()) {
            allow(method, path, GET);
            glyphs.font(exchange, match.group(1));
        } else if ((match = SPECIMEN.matcher(path)).matches()) {
            allow(method, path, GET);
            glyphs.specimen(exchange, match.group(1));
        } else if ((match = JOB.matcher(path)).matches()) {
            allow(method, path, GET);
            retraining.job(exchange, match.group(1));
        } else if ((match = JOB_EVENTS.matcher(path)).matches()) {
            allow(method, path, GET);
            retraining.events(exchange, match.group(1));
        } else if ((match = JOB_CANCEL.matcher(path)).matches()) {
            allow(method, path, POST);
            retraining.cancel(exchange, match.group(1));
        } else {
            throw new ApiException(404, "No API endpoint at " + path);
        }
    }

    /** Rejects {@code method} unless it is in {@code allowed}; HEAD counts as GET. */
    private static void allow(String method, String path, List<String> allowed) {
        String effective = method.equals("HEAD") ? "GET" : method;
        if (!allowed.contains(effective)) {
            throw Exchanges.methodNotAllowed(method, path, allowed);
        }
    }

    /** Counts the requests rejected with {@code status} since the start. */
    long rejections(int status) {
        LongAdder count = rejections.get(status);
        return count == null ? 0 : count.sum();
    }

    private void reject(HttpExchange exchange, ApiException e) {
        rejections.computeIfAbsent(e.status(), status -> new LongAdder()).increment();
        LOG.warn("Rejected {} {} from {}: {} {}", exchange.getRequestMethod(), Exchanges.pathForLog(exchange),
                exchange.getRemoteAddress(), e.status(), Exchanges.forLog(e.getMessage()));
        if (e instanceof Exchanges.MethodNotAllowed notAllowed) {
            exchange.getResponseHeaders().set("Allow", String.join(", ", notAllowed.allowed));
        }
        respondQuietly(exchange, e.status(), e.getMessage());
    }

    private static void respondQuietly(HttpExchange exchange, int status, String message) {
        try {
            Exchanges.sendError(exchange, status, message);
        } catch (IOException | IllegalStateException e) {
            // The response had already started (an event stream) or the client left; nothing more to send.
            LOG.debug("Could not send the {} response: {}", status, e.toString());
        }
    }
}
