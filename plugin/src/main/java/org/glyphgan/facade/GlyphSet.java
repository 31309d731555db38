package org.glyphgan.facade;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.glyphgan.gan.StyleCode;
import org.glyphgan.sfnt.VerticalMetrics;

/**
 * A generated glyph set, immutable.
 *
 * @param styleLabel  the style source as {@link StyleSource#label()} writes it
 * @param styleCode   the style code the glyphs were drawn with
 * @param unitsPerEm  font units per em of every outline
 * @param metrics     vertical metrics measured from the outlines (cap height from 'H', x-height from
 *                    'x', ascender from 'd' and 'l', descender from 'p')
 * @param glyphs      the generated glyphs in request order
 * @param failures    characters that could not be generated: code point to reason, in request order
 * @param fixedAdvanceWidth the advance width every glyph shares in a monospaced set, in font
 *                    units; empty in a proportional set
 */
public record GlyphSet(String styleLabel, StyleCode styleCode, int unitsPerEm, VerticalMetrics metrics,
                       List<GeneratedGlyph> glyphs, Map<Integer, String> failures, OptionalInt fixedAdvanceWidth) {
    public GlyphSet {
        glyphs = List.copyOf(glyphs);
        failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
        if (fixedAdvanceWidth == null) {
            throw new IllegalArgumentException("fixedAdvanceWidth is null; pass OptionalInt.empty() for a proportional set");
        }
        for (GeneratedGlyph glyph : glyphs) {
            if (fixedAdvanceWidth.isPresent() && glyph.advanceWidth() != fixedAdvanceWidth.getAsInt()) {
                throw new IllegalArgumentException("Glyph U+" + GlyphDrawer.hex(glyph.codePoint()) + " has advance width "
                        + glyph.advanceWidth() + ", but the monospaced set's advance is " + fixedAdvanceWidth.getAsInt()
                        + "; place every glyph on that advance");
            }
        }
    }

    /** Returns whether every glyph of the set shares one advance width. */
    public boolean monospaced() {
        return fixedAdvanceWidth.isPresent();
    }

    /** Returns the glyph of {@code codePoint}, or null when the set has none. */
    public GeneratedGlyph glyph(int codePoint) {
        for (GeneratedGlyph glyph : glyphs) {
            if (glyph.codePoint() == codePoint) {
                return glyph;
            }
        }
        return null;
    }
}
