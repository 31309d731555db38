package org.glyphgan.dataset;

import org.glyphgan.raster.GrayBitmap;

/**
 * One rendered glyph of the corpus.
 *
 * @param fontId    the font's manifest {@code file} path, relative to {@code fonts/}
 * @param codePoint the Unicode code point the glyph is mapped from
 * @param bitmap    the glyph rendered in the shared {@link org.glyphgan.raster.EmBox}
 */
public record GlyphSample(String fontId, int codePoint, GrayBitmap bitmap) {
}
