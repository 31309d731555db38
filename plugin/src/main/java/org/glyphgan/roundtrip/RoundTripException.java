package org.glyphgan.roundtrip;

/** A font round trip that cannot run on its inputs; the message names the input and the fix. */
public final class RoundTripException extends RuntimeException {
    public RoundTripException(String message) {
        super(message);
    }

    public RoundTripException(String message, Throwable cause) {
        super(message, cause);
    }
}
