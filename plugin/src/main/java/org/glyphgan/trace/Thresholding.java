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
        int sourceWidth = source.widthPx();
        int width = sourceWidth * factor;
        int height = source.heightPx() * factor;
        float[] ink = source.ink();
        int[] column0 = new int[width];
        int[] column1 = new int[width];
        double[] columnWeight = new double[width];
        for (int x = 0; x < width; x++) {
            double sx = clamp((x + 0.5) / factor - 0.5, sourceWidth - 1);
            column0[x] = (int) Math.floor(sx);
            column1[x] = Math.min(column0[x] + 1, sourceWidth - 1);
            columnWeight[x] = sx - column0[x];
        }
        BinaryBitmap result = new BinaryBitmap(width, height);
        for (int y = 0; y < height; y++) {
            double sy = clamp((y + 0.5) / factor - 0.5, source.heightPx() - 1);
            int row0 = (int) Math.floor(sy) * sourceWidth;
            int row1 = Math.min((int) Math.floor(sy) + 1, source.heightPx() - 1) * sourceWidth;
            double fy = sy - Math.floor(sy);
            float[] cellMin = new float[sourceWidth];
            float[] cellMax = new float[sourceWidth];
            for (int column = 0; column < sourceWidth; column++) {
                int next = Math.min(column + 1, sourceWidth - 1);
                float a = Math.min(ink[row0 + column], ink[row0 + next]);
                float b = Math.min(ink[row1 + column], ink[row1 + next]);
                float c = Math.max(ink[row0 + column], ink[row0 + next]);
                float d = Math.max(ink[row1 + column], ink[row1 + next]);
                cellMin[column] = Math.min(a, b);
                cellMax[column] = Math.max(c, d);
            }
            for (int x = 0; x < width; x++) {
                // Bilinear values lie between the cell's extremes, so uniform cells need no interpolation.
                if (cellMin[column0[x]] >= inkThreshold) {
                    result.ink[y * width + x] = true;
                    continue;
                }
                if (cellMax[column0[x]] < inkThreshold) {
                    continue;
                }
                double fx = columnWeight[x];
                double top = ink[row0 + column0[x]] * (1 - fx) + ink[row0 + column1[x]] * fx;
                double bottom = ink[row1 + column0[x]] * (1 - fx) + ink[row1 + column1[x]] * fx;
                result.ink[y * width + x] = top * (1 - fy) + bottom * fy >= inkThreshold;
            }
        }
        return result;
    }

    private static double clamp(double value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}
