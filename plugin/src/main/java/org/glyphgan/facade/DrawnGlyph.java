package org.glyphgan.facade;

import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.raster.GrayBitmap;

/**
 * The chosen candidate of one character before spacing.
 *
 * @param outline traced and converted to quadratics, with the origin at the em box's centre column
 */
record DrawnGlyph(int codePoint, GrayBitmap bitmap, GlyphOutline outline, double realism,
                  double classifierConfidence) {
}
