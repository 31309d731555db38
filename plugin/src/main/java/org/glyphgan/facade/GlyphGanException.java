package org.glyphgan.facade;

/** Invalid input to the façade; the message names the value, the rule and the fix. */
public class GlyphGanException extends RuntimeException {
    public GlyphGanException(String message) {
        super(message);
    }

    public GlyphGanException(String message, Throwable cause) {
        super(message, cause);
    }
}
