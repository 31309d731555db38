package org.glyphgan.svg;

/** Raised when an untrusted SVG contains something that could run code or fetch a resource. */
public final class UnsafeSvgException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public UnsafeSvgException(String message) {
        super(message);
    }

    public UnsafeSvgException(String message, Throwable cause) {
        super(message, cause);
    }
}
