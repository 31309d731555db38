package org.glyphgan.eval;

import org.glyphgan.raster.GrayBitmap;

/**
 * Pixel metrics between a generated glyph and the real one, both bitmaps of the same size with
 * ink in [0, 1]. SSIM lives in {@link Ssim}.
 */
public final class GlyphMetrics {
    /** A pixel is ink for IoU when its coverage is at least this value. */
    public static final double INK_THRESHOLD = 0.5;
    /** A glyph with a smaller mean ink coverage than this is blank (0.5 % of the bitmap). */
    public static final double BLANK_MAX_INK_FRACTION = 0.005;
    /** A glyph with a larger mean ink coverage than this is broken (60 % of the bitmap). */
    public static final double BROKEN_MIN_INK_FRACTION = 0.60;

    private GlyphMetrics() {
    }

    /** Returns the mean absolute difference of ink coverage over all pixels, in [0, 1]. */
    public static double l1(GrayBitmap generated, GrayBitmap real) {
        requireSameSize(generated, real);
        float[] a = generated.ink();
        float[] b = real.ink();
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += Math.abs(a[i] - b[i]);
        }
        return sum / a.length;
    }

    /**
     * Returns the intersection over union of the ink masks (coverage ≥ {@link #INK_THRESHOLD}).
     * Two glyphs without any ink pixel are identical, so their IoU is 1.
     */
    public static double inkIoU(GrayBitmap generated, GrayBitmap real) {
        requireSameSize(generated, real);
        float[] a = generated.ink();
        float[] b = real.ink();
        int intersection = 0;
        int union = 0;
        for (int i = 0; i < a.length; i++) {
            boolean inkA = a[i] >= INK_THRESHOLD;
            boolean inkB = b[i] >= INK_THRESHOLD;
            if (inkA && inkB) {
                intersection++;
            }
            if (inkA || inkB) {
                union++;
            }
        }
        return union == 0 ? 1.0 : (double) intersection / union;
    }

    /** Returns the mean ink coverage of {@code glyph}, in [0, 1]. */
    public static double inkFraction(GrayBitmap glyph) {
        return glyph.inkFraction();
    }

    /** Returns whether {@code glyph} has almost no ink: mean coverage below 0.5 %. */
    public static boolean isBlank(GrayBitmap glyph) {
        return glyph.inkFraction() < BLANK_MAX_INK_FRACTION;
    }

    /** Returns whether {@code glyph} is mostly ink (mean coverage above 60 %), as a collapsed or inverted output is. */
    public static boolean isBroken(GrayBitmap glyph) {
        return glyph.inkFraction() > BROKEN_MIN_INK_FRACTION;
    }

    /** Returns whether {@code glyph} is blank or broken, so unusable as a glyph. */
    public static boolean isBlankOrBroken(GrayBitmap glyph) {
        return isBlank(glyph) || isBroken(glyph);
    }

    static void requireSameSize(GrayBitmap a, GrayBitmap b) {
        if (a.widthPx() != b.widthPx() || a.heightPx() != b.heightPx()) {
            throw new IllegalArgumentException("Cannot compare a " + a.widthPx() + "x" + a.heightPx()
                    + " px bitmap with a " + b.widthPx() + "x" + b.heightPx()
                    + " px one; render both in the same em box size");
        }
    }
}
