package org.glyphgan.facade;

import java.util.concurrent.CancellationException;

/** A flag another thread sets to stop a long operation at its next check. Thread-safe. */
public final class Cancellation {
    private volatile boolean cancelled;

    /** Returns a token that is never cancelled, for callers that do not cancel. */
    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancellationException} once {@link #cancel} has been called. */
    public void throwIfCancelled() {
        if (cancelled) {
            throw new CancellationException("The operation was cancelled");
        }
    }
}
