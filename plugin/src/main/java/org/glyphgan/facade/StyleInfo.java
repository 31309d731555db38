package org.glyphgan.facade;

/**
 * One style a glyph set can be generated in.
 *
 * @param name        the name to pass to {@link StyleSource.Named} or {@link StyleSource.Custom}
 * @param kind        {@code "named"} for a style learned from a training font, {@code "custom"} for a
 *                    style saved by {@link GlyphGan#retrain}
 * @param description one line for people: the training font, or the samples a custom style came from
 */
public record StyleInfo(String name, String kind, String description) {
    public static final String NAMED = "named";
    public static final String CUSTOM = "custom";
}
