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
     * mapped back to source coordinates and sampled bilinearly. Samples beyond the image border
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
        float[] cellMin = new float[sourceWidth];
        float[] cellMax = new float[sourceWidth];
        int cachedRow0 = -1;
        int cachedRow1 = -1;
        int firstInkCell = 0;
        int lastInkCell = -1;
        for (int y = 0; y < height; y++) {
            double sy = clamp((y + 0.5) / factor - 0.5, source.heightPx() - 1);
            int row0 = (int) Math.floor(sy) * sourceWidth;
            int row1 = Math.min((int) Math.floor(sy) + 1, source.heightPx() - 1) * sourceWidth;
            double fy = sy - Math.floor(sy);
            if (row0 != cachedRow0 || row1 != cachedRow1) {
                cellExtremes(ink, row0, row1, sourceWidth, cellMin, cellMax);
                cachedRow0 = row0;
                cachedRow1 = row1;
                firstInkCell = 0;
                while (firstInkCell < sourceWidth && cellMax[firstInkCell] < inkThreshold) {
                    firstInkCell++;
                }
                lastInkCell = sourceWidth - 1;
                while (lastInkCell >= firstInkCell && cellMax[lastInkCell] < inkThreshold) {
                    lastInkCell--;
                }
            }
            if (firstInkCell > lastInkCell) {
                continue;
            }
            int rowStart = y * width;
            // Traced column x reads cell column0[x], which lies within one source pixel of x / factor.
            int xFrom = Math.max(0, (firstInkCell - 1) * factor);
            int xTo = Math.min(width, (lastInkCell + 2) * factor);
            for (int x = xFrom; x < xTo; x++) {
                // Bilinear values lie between the cell's extremes, so uniform cells need no interpolation.
                int cell = column0[x];
                if (cellMax[cell] < inkThreshold) {
                    continue;
                }
                if (cellMin[cell] >= inkThreshold) {
                    result.ink[rowStart + x] = true;
                    continue;
                }
                double fx = columnWeight[x];
                double top = ink[row0 + cell] * (1 - fx) + ink[row0 + column1[x]] * fx;
                double bottom = ink[row1 + cell] * (1 - fx) + ink[row1 + column1[x]] * fx;
                result.ink[rowStart + x] = top * (1 - fy) + bottom * fy >= inkThreshold;
            }
        }
        return result;
    }

    /** Minimum and maximum ink of each 2×2 source cell whose top-left pixel is in row {@code row0}. */
    private static void cellExtremes(float[] ink, int row0, int row1, int sourceWidth, float[] cellMin, float[] cellMax) {
        for (int column = 0; column < sourceWidth; column++) {
            int next = Math.min(column + 1, sourceWidth - 1);
            float a = Math.min(ink[row0 + column], ink[row0 + next]);
            float b = Math.min(ink[row1 + column], ink[row1 + next]);
            float c = Math.max(ink[row0 + column], ink[row0 + next]);
            float d = Math.max(ink[row1 + column], ink[row1 + next]);
            cellMin[column] = Math.min(a, b);
            cellMax[column] = Math.max(c, d);
        }
    }

    private static double clamp(double value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}
