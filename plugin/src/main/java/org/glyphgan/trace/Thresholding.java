package org.glyphgan.trace;

import org.glyphgan.raster.GrayBitmap;

/**
 * Stage (a): upsamples the grayscale ink bilinearly, which turns the sub-pixel edge positions
 * carried by anti-aliased gray values into finer binary steps, then thresholds it.
 */
final class Thresholding {
    private Thresholding() {
    }

    /**
     * Returns a bitmap {@code factor} times larger in each direction. Traced pixel centres are
     * mapped back to source coordinates and sampled bilinearly; samples beyond the image border
     * repeat the edge pixels, so ink touching the border stays ink up to the border.
     */
    static BinaryBitmap upsampleAndThreshold(GrayBitmap source, int factor, double inkThreshold) {
        int width = source.widthPx() * factor;
        int height = source.heightPx() * factor;
        BinaryBitmap result = new BinaryBitmap(width, height);
        for (int y = 0; y < height; y++) {
            double sy = clamp((y + 0.5) / factor - 0.5, source.heightPx() - 1);
            int y0 = (int) Math.floor(sy);
            int y1 = Math.min(y0 + 1, source.heightPx() - 1);
            double fy = sy - y0;
            for (int x = 0; x < width; x++) {
                double sx = clamp((x + 0.5) / factor - 0.5, source.widthPx() - 1);
                int x0 = (int) Math.floor(sx);
                int x1 = Math.min(x0 + 1, source.widthPx() - 1);
                double fx = sx - x0;
                double top = source.get(x0, y0) * (1 - fx) + source.get(x1, y0) * fx;
                double bottom = source.get(x0, y1) * (1 - fx) + source.get(x1, y1) * fx;
                double value = top * (1 - fy) + bottom * fy;
                result.ink[y * width + x] = value >= inkThreshold;
            }
        }
        return result;
    }

    private static double clamp(double value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}
