package org.glyphgan.facade;

/** Receives progress of a long operation; called on the thread that runs it. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (stage, fraction) -> { };

    /**
     * @param stage    what is running, e.g. "generate", "trace", "fit style"
     * @param fraction completed part of that stage, in [0, 1]
     */
    void progress(String stage, double fraction);
}
