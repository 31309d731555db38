package org.glyphgan.samples;

import org.glyphgan.raster.GrayBitmap;

/**
 * Scales and moves ink from a source bitmap into a target bitmap. Each target pixel averages
 * bilinear samples on a regular sub-grid of up to 8 × 8. A source that shrinks by more than that
 * is first box-averaged by a whole factor, so a large drawing is area-averaged rather than aliased.
 */
final class InkResampler {
    private static final int MAX_SUBSAMPLES = 8;

    private InkResampler() {
    }

    /**
     * Maps source point ({@code sourceX}, {@code sourceY}) to target point ({@code targetX},
     * {@code targetY}) and scales by {@code scale} target pixels per source pixel; all coordinates
     * are pixel edges, y down.
     */
    static GrayBitmap resample(GrayBitmap source, int sizePx, double scale, double sourceX, double sourceY,
                               double targetX, double targetY) {
        int factor = (int) Math.floor(1.0 / (scale * MAX_SUBSAMPLES));
        if (factor >= 2) {
            return resample(shrink(source, factor), sizePx, scale * factor, sourceX / factor, sourceY / factor,
                    targetX, targetY);
        }
        int subsamples = Math.max(2, Math.min(MAX_SUBSAMPLES, (int) Math.ceil(1.0 / scale)));
        float[] ink = new float[sizePx * sizePx];
        for (int y = 0; y < sizePx; y++) {
            for (int x = 0; x < sizePx; x++) {
                double sum = 0;
                for (int sy = 0; sy < subsamples; sy++) {
                    double sourceRow = sourceY + (y + (sy + 0.5) / subsamples - targetY) / scale;
                    for (int sx = 0; sx < subsamples; sx++) {
                        double sourceColumn = sourceX + (x + (sx + 0.5) / subsamples - targetX) / scale;
                        sum += bilinear(source, sourceColumn - 0.5, sourceRow - 0.5);
                    }
                }
                ink[y * sizePx + x] = (float) (sum / (subsamples * subsamples));
            }
        }
        return new GrayBitmap(sizePx, sizePx, ink);
    }

    /**
     * Averages each {@code factor} × {@code factor} block into one pixel. Partial blocks at the
     * right and bottom edges count their missing pixels as paper.
     */
    private static GrayBitmap shrink(GrayBitmap source, int factor) {
        int widthPx = (source.widthPx() + factor - 1) / factor;
        int heightPx = (source.heightPx() + factor - 1) / factor;
        float[] ink = new float[widthPx * heightPx];
        for (int y = 0; y < source.heightPx(); y++) {
            for (int x = 0; x < source.widthPx(); x++) {
                ink[(y / factor) * widthPx + x / factor] += source.get(x, y);
            }
        }
        float area = factor * factor;
        for (int i = 0; i < ink.length; i++) {
            ink[i] /= area;
        }
        return new GrayBitmap(widthPx, heightPx, ink);
    }

    /** Interpolates between pixel centres; (0, 0) is the centre of the top-left pixel. */
    private static double bilinear(GrayBitmap source, double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        double fx = x - x0;
        double fy = y - y0;
        double top = source.get(x0, y0) * (1 - fx) + source.get(x0 + 1, y0) * fx;
        double bottom = source.get(x0, y0 + 1) * (1 - fx) + source.get(x0 + 1, y0 + 1) * fx;
        return top * (1 - fy) + bottom * fy;
    }
}
