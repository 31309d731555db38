package org.glyphgan.facade;

import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.raster.GrayBitmap;

/**
 * One generated character.
 *
 * @param codePoint             the character
 * @param bitmap                the generator's bitmap in the model's em box (y down, ink in [0, 1])
 * @param outline               the traced outline in font units (y up), lines and quadratic curves
 *                              only, shifted so that its left side bearing is the style's
 * @param advanceWidth          ink width plus both side bearings, in font units
 * @param svg                   the glyph as an SVG document in font units
 * @param realism               the discriminator's probability in [0, 1] that the bitmap is a real glyph
 * @param classifierConfidence  the character classifier's probability in [0, 1] that the bitmap shows
 *                              {@code codePoint}, or NaN when no classifier is loaded or it does not
 *                              know the character
 */
public record GeneratedGlyph(int codePoint, GrayBitmap bitmap, GlyphOutline outline, int advanceWidth,
                             String svg, double realism, double classifierConfidence) {
}
