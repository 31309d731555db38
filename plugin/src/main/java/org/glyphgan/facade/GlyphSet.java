package org.glyphgan.facade;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 */
public record GlyphSet(String styleLabel, StyleCode styleCode, int unitsPerEm, VerticalMetrics metrics,
                       List<GeneratedGlyph> glyphs, Map<Integer, String> failures) {
    public GlyphSet {
        glyphs = List.copyOf(glyphs);
        failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
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
