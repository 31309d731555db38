package org.glyphgan.samples;

/**
 * Ink bounds and advance width of one glyph of the base font, in em (y up, baseline at 0).
 *
 * @param codePoint      the character
 * @param advanceWidthEm advance width
 * @param xMinEm         left edge of the ink
 * @param yMinEm         bottom of the ink (negative for descenders)
 * @param xMaxEm         right edge of the ink
 * @param yMaxEm         top of the ink
 */
record ReferenceGlyph(int codePoint, double advanceWidthEm, double xMinEm, double yMinEm, double xMaxEm,
                      double yMaxEm) {
    /**
     * Smallest ink height that counts towards the scale estimate. Short marks such as '.', '-'
     * and '~' are a few pixels tall in a sample, so their height ratio is too noisy to use.
     */
    static final double MIN_SCALE_HEIGHT_EM = 0.3;
    /** Largest depth below the baseline (round overshoot) of a glyph that still sits on it. */
    static final double MAX_OVERSHOOT_EM = 0.035;

    double heightEm() {
        return yMaxEm - yMinEm;
    }

    /** Returns whether the glyph is tall enough for the scale estimate. */
    boolean measuresScale() {
        return heightEm() >= MIN_SCALE_HEIGHT_EM;
    }

    /** Returns whether the glyph's ink ends at the baseline (no descender), such as 'A', 'x' or 'O'. */
    boolean sitsOnBaseline() {
        return yMinEm <= 0.0 && yMinEm >= -MAX_OVERSHOOT_EM;
    }

    /** Horizontal offset of the ink centre from the advance centre, in em. */
    double inkCentreOffsetEm() {
        return (xMinEm + xMaxEm) / 2 - advanceWidthEm / 2;
    }
}
