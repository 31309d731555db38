package org.glyphgan.roundtrip;

import org.glyphgan.outline.GlyphOutline;

/**
 * One traced glyph and its fidelity.
 *
 * @param codePoint    the Unicode code point
 * @param advanceWidth the source glyph's advance width, in font units
 * @param outline      the traced outline in the source font's units, y up, lines and quadratic curves only
 * @param inkIou       intersection over union of the ink of the source bitmap and of the traced outline
 *                     rendered by the same rasterizer, both thresholded at 0.5; 1 for a glyph without ink.
 *                     An edge pixel whose coverage sits near 0.5 flips on a sub-pixel difference, so a
 *                     thin stem can score low although its edges moved by a few hundredths of a pixel.
 * @param nodeCount    on-curve plus off-curve points of {@code outline}
 */
public record TracedGlyph(int codePoint, int advanceWidth, GlyphOutline outline, double inkIou, int nodeCount) {
}
