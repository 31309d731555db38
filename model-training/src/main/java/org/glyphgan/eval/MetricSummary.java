package org.glyphgan.eval;

/**
 * Metrics of one method over a set of generated glyphs (one font or a whole split). Means weight
 * every glyph equally, so fonts with more characters weigh more in a split's summary.
 *
 * @param glyphs                    glyphs scored
 * @param meanL1                    mean absolute ink difference, in [0, 1], lower is better
 * @param meanSsim                  mean SSIM, at most 1, higher is better
 * @param meanInkIoU                mean ink IoU, in [0, 1], higher is better
 * @param classifierAccuracy        fraction of generated glyphs the classifier names correctly
 * @param realClassifierAccuracy    the same fraction on the real glyphs of the same characters
 * @param classifierAccuracyRatio   {@code classifierAccuracy / realClassifierAccuracy}; NaN when
 *                                  the classifier names no real glyph correctly
 * @param blankGlyphs               generated glyphs with under 0.5 % ink
 * @param brokenGlyphs              generated glyphs with over 60 % ink
 * @param blankOrBrokenRate         {@code (blankGlyphs + brokenGlyphs) / glyphs}
 * @param unexpectedBlankOrBroken   blank or broken generated glyphs whose real glyph is neither
 * @param realBlankOrBroken         real glyphs that are themselves blank or broken by the same rule
 * @param missingGlyphs             characters the method could not draw, scored as blank bitmaps
 */
public record MetricSummary(int glyphs, double meanL1, double meanSsim, double meanInkIoU,
                            double classifierAccuracy, double realClassifierAccuracy,
                            double classifierAccuracyRatio, int blankGlyphs, int brokenGlyphs,
                            double blankOrBrokenRate, int unexpectedBlankOrBroken, int realBlankOrBroken,
                            int missingGlyphs) {
}
