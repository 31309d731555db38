package org.glyphgan.facade;

import java.util.Locale;

/** Horizontal spacing of a generated set: an advance width per glyph, or one shared by every glyph. */
public enum Pitch {
    /**
     * Monospaced for a named style learned from a monospaced training font, and for a mix whose
     * styles with a share are all such styles. Proportional for every other style.
     */
    AUTO,
    /** Each glyph's advance is its ink width plus the style's side bearing on both sides. */
    PROPORTIONAL,
    /** Every glyph is centred on one advance width, measured from the set's widest glyphs. */
    MONOSPACED;

    /**
     * Parses {@code auto}, {@code proportional} or {@code monospaced}, in any case.
     *
     * @throws GlyphGanException for any other text
     */
    public static Pitch parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (Pitch pitch : values()) {
            if (pitch.name().equals(name)) {
                return pitch;
            }
        }
        throw new GlyphGanException("Invalid pitch '" + text + "': use auto, proportional or monospaced");
    }

    /** Returns whether a set in a style whose own pitch is {@code styleMonospaced} is monospaced. */
    boolean monospaced(boolean styleMonospaced) {
        return this == MONOSPACED || (this == AUTO && styleMonospaced);
    }
}
