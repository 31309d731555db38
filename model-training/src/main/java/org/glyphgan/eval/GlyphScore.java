package org.glyphgan.eval;

import org.glyphgan.raster.GrayBitmap;

/**
 * The comparison of one generated glyph with the real one.
 *
 * @param l1                    mean absolute ink difference, in [0, 1]
 * @param ssim                  mean SSIM, see {@link Ssim}
 * @param inkIoU                IoU of the ink masks, in [0, 1]
 * @param blank                 the generated glyph is blank
 * @param broken                the generated glyph is broken
 * @param realBlankOrBroken     the real glyph itself is blank or broken (a tiny mark such as '.')
 * @param missing               the method had no glyph, so a blank bitmap was scored in its place
 * @param classifiedCorrectly   the classifier names the intended character for the generated glyph
 * @param realClassifiedCorrectly the classifier names the intended character for the real glyph
 */
record GlyphScore(double l1, double ssim, double inkIoU, boolean blank, boolean broken,
                  boolean realBlankOrBroken, boolean missing, boolean classifiedCorrectly,
                  boolean realClassifiedCorrectly) {

    static GlyphScore compare(GrayBitmap generated, GrayBitmap real, boolean missing,
                              boolean classifiedCorrectly, boolean realClassifiedCorrectly) {
        return new GlyphScore(GlyphMetrics.l1(generated, real), Ssim.ssim(generated, real),
                GlyphMetrics.inkIoU(generated, real), GlyphMetrics.isBlank(generated),
                GlyphMetrics.isBroken(generated), GlyphMetrics.isBlankOrBroken(real), missing,
                classifiedCorrectly, realClassifiedCorrectly);
    }

    /** Returns whether the generated glyph is blank or broken although the real glyph is neither. */
    boolean unexpectedlyBlankOrBroken() {
        return (blank || broken) && !realBlankOrBroken;
    }
}
