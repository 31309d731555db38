package org.glyphgan.samples;

import java.util.Optional;
import org.glyphgan.raster.GrayBitmap;

/**
 * Bounding box of a drawing's ink in pixel edges (y down), to sub-pixel precision. The outermost
 * row or column with ink contributes the coverage of its darkest pixel, so a flat edge that covers
 * 30 % of its last pixel row ends 0.3 px into that row.
 */
record InkBox(double left, double top, double right, double bottom) {
    /** Coverage a bitmap needs somewhere to count as drawn at all. */
    static final float DRAWN_THRESHOLD = 0.5f;
    /** Coverage below which a pixel is taken as paper noise (JPEG ringing, scanner dust haze). */
    static final float NOISE_THRESHOLD = 0.1f;

    /** Returns the ink box, or empty when no pixel reaches {@link #DRAWN_THRESHOLD}. */
    static Optional<InkBox> of(GrayBitmap bitmap) {
        int width = bitmap.widthPx();
        int height = bitmap.heightPx();
        float[] rowMax = new float[height];
        float[] columnMax = new float[width];
        float darkest = 0f;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float ink = bitmap.get(x, y);
                rowMax[y] = Math.max(rowMax[y], ink);
                columnMax[x] = Math.max(columnMax[x], ink);
                darkest = Math.max(darkest, ink);
            }
        }
        if (darkest < DRAWN_THRESHOLD) {
            return Optional.empty();
        }
        int first = firstInk(columnMax);
        int last = lastInk(columnMax);
        int firstRow = firstInk(rowMax);
        int lastRow = lastInk(rowMax);
        return Optional.of(new InkBox(first + 1 - columnMax[first], firstRow + 1 - rowMax[firstRow],
                last + columnMax[last], lastRow + rowMax[lastRow]));
    }

    private static int firstInk(float[] profile) {
        int i = 0;
        while (profile[i] < NOISE_THRESHOLD) {
            i++;
        }
        return i;
    }

    private static int lastInk(float[] profile) {
        int i = profile.length - 1;
        while (profile[i] < NOISE_THRESHOLD) {
            i--;
        }
        return i;
    }

    double widthPx() {
        return right - left;
    }

    double heightPx() {
        return bottom - top;
    }

    double centreXPx() {
        return (left + right) / 2.0;
    }

    /** Returns whether the ink reaches the bitmap's outermost pixels, so part of the letter may be cut off. */
    boolean touchesEdge(GrayBitmap bitmap) {
        return left < 1 || top < 1 || right > bitmap.widthPx() - 1 || bottom > bitmap.heightPx() - 1;
    }
}
