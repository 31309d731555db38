package org.glyphgan.corpus;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs FontBox calls on daemon worker threads under a time limit, so a crafted font that sends
 * the parser into a loop fails with a {@link FontLoadException} instead of hanging the caller.
 * <p>
 * NOTE: Java cannot stop a thread that ignores interrupts; a timed-out worker keeps running (as a
 * daemon, so it never blocks JVM exit) until FontBox returns. Memory is bounded only indirectly,
 * by the caps on file and decoded sizes in {@link FontLimits}.
 */
final class ParseGuard {
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "font-parse-" + THREAD_NUMBER.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private ParseGuard() {
    }

    /** Runs {@code work} and returns its result, or throws naming {@code fileName} and {@code what}. */
    static <T> T call(String fileName, String what, Duration timeout, Callable<T> work) throws FontLoadException {
        Future<T> future = WORKERS.submit(work);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FontLoadException("Font file " + fileName + ": " + what + " timed out after "
                    + timeout.toMillis() + " ms; the file is probably damaged or crafted", e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FontLoadException("Font file " + fileName + ": " + what + " was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof FontLoadException fontLoad) {
                throw fontLoad;
            }
            String reason = cause instanceof IOException ? "is damaged" : "failed";
            throw new FontLoadException("Font file " + fileName + ": " + what + " " + reason + " ("
                    + cause.getClass().getSimpleName() + ": " + cause.getMessage() + ")", cause);
        }
    }
}
