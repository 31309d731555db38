package org.glyphgan.samples;

/** A sample that cannot be used; the message names the file, what is wrong and the fix. */
final class SampleProblem extends Exception {
    private static final long serialVersionUID = 1L;

    SampleProblem(String message) {
        super(message);
    }

    SampleProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
