package org.glyphgan.server;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.glyphgan.facade.Cancellation;

/**
 * Runs generate and regenerate calls: a few at a time (429 beyond that) and each under a deadline
 * after which its {@link Cancellation} fires (503).
 */
final class GenerationSlots {
    /** How long a call waits for a free slot before it is rejected as busy. */
    private static final long SLOT_WAIT_MS = 2_000;

    private final Semaphore slots;
    private final ScheduledExecutorService timer;
    private final ServerLimits limits;

    GenerationSlots(ServerLimits limits, ScheduledExecutorService timer) {
        this.slots = new Semaphore(limits.generationSlots(), true);
        this.timer = timer;
        this.limits = limits;
    }

    /** Runs {@code work} in a free slot; {@code operation} names it in error messages. */
    <T> T run(String operation, Function<Cancellation, T> work) {
        acquire(operation);
        Cancellation cancellation = new Cancellation();
        ScheduledFuture<?> deadline = timer.schedule(cancellation::cancel,
                limits.generationDeadline().toMillis(), TimeUnit.MILLISECONDS);
        try {
            return work.apply(cancellation);
        } catch (CancellationException e) {
            throw new ApiException(503, operation + " timed out: it exceeded the deadline of " + limits.generationDeadline().toSeconds()
                    + " s: ask for fewer characters or candidates");
        } finally {
            deadline.cancel(false);
            slots.release();
        }
    }

    private void acquire(String operation) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(SLOT_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, operation + " was interrupted while waiting for a free slot");
        }
        if (!acquired) {
            throw new ApiException(429, "Busy: " + limits.generationSlots()
                    + " generations are already running; retry when one finishes");
        }
    }
}
