package org.glyphgan.server;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.glyphgan.facade.GlyphGan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local HTTP service: the preview page and the JSON API over one {@link GlyphGan}, bound to
 * 127.0.0.1 only, with a fresh {@link AccessToken} per start.
 */
public final class GlyphganServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GlyphganServer.class);
    /** Loopback literal rather than a resolved name, so the service never listens on another interface. */
    private static final byte[] LOOPBACK = {127, 0, 0, 1};
    /**
     * Requests that may wait for a busy worker thread. OpenJDK 17.0.15's server closes the
     * connection of any more at once (measured), without a response.
     */
    private static final int REQUEST_QUEUE = 64;
    private static final int STOP_DELAY_S = 1;

    private final HttpServer http;
    private final AccessToken token;
    private final ThreadPoolExecutor workers;
    private final ThreadPoolExecutor jobRunner;
    private final ScheduledExecutorService timer;
    private final RetrainApi retraining;
    private final Router router;

    private GlyphganServer(HttpServer http, AccessToken token, ThreadPoolExecutor workers, ThreadPoolExecutor jobRunner,
                           ScheduledExecutorService timer, RetrainApi retraining, Router router) {
        this.http = http;
        this.token = token;
        this.workers = workers;
        this.jobRunner = jobRunner;
        this.timer = timer;
        this.retraining = retraining;
        this.router = router;
    }

    /**
     * Starts the service on 127.0.0.1:{@code port} ({@code 0} picks a free port).
     *
     * @throws IOException when the port cannot be bound, e.g. because it is in use
     */
    public static GlyphganServer start(GlyphGan glyphGan, int port, ServerLimits limits) throws IOException {
        configureRequestTimeout(limits);
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), port), 0);
        int boundPort = http.getAddress().getPort();
        AccessToken token = AccessToken.random();
        ThreadPoolExecutor workers = new ThreadPoolExecutor(limits.workerThreads(), limits.workerThreads(),
                0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(REQUEST_QUEUE), daemonThreads("glyphgan-http-"));
        ThreadPoolExecutor jobRunner = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(limits.maxQueuedJobs()), daemonThreads("glyphgan-retrain-"));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemonThreads("glyphgan-deadline-"));
        GenerationSlots slots = new GenerationSlots(limits, timer);
        RetrainApi retraining = new RetrainApi(glyphGan, limits, jobRunner, timer);
        Router router = new Router(new RequestGuard(boundPort, token), new StaticAssets(),
                new GlyphApi(glyphGan, limits, slots), retraining);
        http.createContext("/", router);
        http.setExecutor(workers);
        http.start();
        LOG.info("Serving the glyphgan preview and API on http://127.0.0.1:{}/ ({} worker threads)", boundPort,
                limits.workerThreads());
        return new GlyphganServer(http, token, workers, jobRunner, timer, retraining, router);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public AccessToken token() {
        return token;
    }

    /** Returns the server's root URL, e.g. {@code http://127.0.0.1:8765/}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    /** Returns the preview page's URL with the token for the user to open. Treat it as a secret. */
    public URI pageUri() {
        return URI.create(baseUri() + "?token=" + token.value());
    }

    /** Counts the requests this server rejected with HTTP {@code status} since it started. */
    public long rejectedRequests(int status) {
        return router.rejections(status);
    }

    /** Cancels running jobs, stops accepting connections and waits about a second for open exchanges. */
    @Override
    public void close() {
        retraining.shutdown();
        http.stop(STOP_DELAY_S);
        workers.shutdownNow();
        jobRunner.shutdownNow();
        timer.shutdownNow();
        LOG.info("Stopped the glyphgan service on port {}", port());
    }

    /**
     * Sets the JDK server's limit on receiving one request, unless the user set
     * {@code sun.net.httpserver.maxReqTime} already. The JDK reads the property once, when its
     * server classes load, so the first server started in a JVM fixes the value.
     */
    private static void configureRequestTimeout(ServerLimits limits) {
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", Long.toString(limits.requestReadTimeout().toSeconds()));
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
