package org.glyphgan.facade;

/**
 * A style name that is neither a named style of the model nor a saved custom style. The message
 * names the style only; callers add how to list the styles in their own terms.
 */
public final class UnknownStyleException extends GlyphGanException {
    private final String styleName;

    public UnknownStyleException(String message, String styleName) {
        super(message);
        this.styleName = styleName;
    }

    /** Returns the name that matched no style. */
    public String styleName() {
        return styleName;
    }
}
