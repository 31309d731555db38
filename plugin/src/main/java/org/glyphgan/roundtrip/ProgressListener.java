package org.glyphgan.roundtrip;

/** Receives progress of a long operation; called on the working thread. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, label) -> { };

    /**
     * Reports that {@code done} of {@code total} steps are finished.
     *
     * @param label what the last finished step was, e.g. {@code U+0041}
     */
    void progress(int done, int total, String label);
}
