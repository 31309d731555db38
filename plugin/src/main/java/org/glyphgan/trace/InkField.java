package org.glyphgan.trace;

import org.glyphgan.raster.GrayBitmap;

/**
 * The bilinear interpolation of a source bitmap's ink, addressed in traced-pixel coordinates
 * (the pixel-corner grid of the upsampled bitmap, y down). {@link Thresholding} classifies each
 * traced pixel by this field at the pixel's centre, with the same arithmetic, so a traced pixel
 * is ink exactly when {@code inkAt(x + 0.5, y + 0.5) >= threshold}.
 */
final class InkField {
    private final float[] ink;
    private final int widthPx;
    private final int heightPx;
    private final int factor;

    InkField(GrayBitmap source, int factor) {
        this.ink = source.ink();
        this.widthPx = source.widthPx();
        this.heightPx = source.heightPx();
        this.factor = factor;
    }

    /** Returns the ink at traced coordinates (x, y). Samples beyond the border repeat the edge pixels. */
    double inkAt(double x, double y) {
        double sx = clamp(x / factor - 0.5, widthPx - 1);
        double sy = clamp(y / factor - 0.5, heightPx - 1);
        int column0 = (int) Math.floor(sx);
        int column1 = Math.min(column0 + 1, widthPx - 1);
        int row0 = (int) Math.floor(sy) * widthPx;
        int row1 = Math.min((int) Math.floor(sy) + 1, heightPx - 1) * widthPx;
        double fx = sx - column0;
        double fy = sy - Math.floor(sy);
        double top = ink[row0 + column0] * (1 - fx) + ink[row0 + column1] * fx;
        double bottom = ink[row1 + column0] * (1 - fx) + ink[row1 + column1] * fx;
        return top * (1 - fy) + bottom * fy;
    }

    /**
     * Finds where the field crosses {@code threshold} on the axis-parallel segment from (x0, y0)
     * to (x1, y1), shorter than one source pixel, and returns the crossing's fraction of the way
     * from the first point. Along such a segment the field is linear except at a source pixel
     * centre, so the segment is split there and the crossing is solved exactly. Returns ½ when
     * the end points lie on the same side of the threshold.
     */
    double crossing(double x0, double y0, double x1, double y1, double threshold) {
        double v0 = inkAt(x0, y0);
        double v1 = inkAt(x1, y1);
        if ((v0 >= threshold) == (v1 >= threshold)) {
            return 0.5;
        }
        double kink = kinkFraction(x0, x1);
        if (Double.isNaN(kink)) {
            kink = kinkFraction(y0, y1);
        }
        if (!Double.isNaN(kink)) {
            double vk = inkAt(x0 + (x1 - x0) * kink, y0 + (y1 - y0) * kink);
            if ((vk >= threshold) == (v0 >= threshold)) {
                return kink + (1 - kink) * linearCrossing(vk, v1, threshold);
            }
            return kink * linearCrossing(v0, vk, threshold);
        }
        return linearCrossing(v0, v1, threshold);
    }

    /** Fraction along a to b where the source coordinate passes a pixel centre; NaN when none does. */
    private double kinkFraction(double a, double b) {
        if (a == b) {
            return Double.NaN;
        }
        double sa = a / factor - 0.5;
        double sb = b / factor - 0.5;
        double centre = Math.ceil(Math.min(sa, sb));
        if (centre >= Math.max(sa, sb)) {
            return Double.NaN;
        }
        return (centre - sa) / (sb - sa);
    }

    private static double linearCrossing(double v0, double v1, double threshold) {
        return v1 == v0 ? 0.5 : Math.max(0, Math.min(1, (threshold - v0) / (v1 - v0)));
    }

    private static double clamp(double value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}
