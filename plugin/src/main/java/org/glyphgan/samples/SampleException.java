package org.glyphgan.samples;

/** Raised when none of the given samples can be used; the message names the files and the fix. */
public class SampleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SampleException(String message) {
        super(message);
    }

    public SampleException(String message, Throwable cause) {
        super(message, cause);
    }
}
