package org.glyphgan.samples;

/** Raised when a saved style cannot be written or read; the message names the style file and the fix. */
public class StyleStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StyleStoreException(String message) {
        super(message);
    }

    public StyleStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
