package org.glyphgan.eval;

import org.glyphgan.raster.GrayBitmap;

/**
 * Structural similarity (SSIM) as defined by Z. Wang, A. C. Bovik, H. R. Sheikh and
 * E. P. Simoncelli, "Image quality assessment: from error visibility to structural similarity",
 * IEEE Trans. Image Processing 13(4), 2004: an 11×11 Gaussian window with σ = 1.5 px, K1 = 0.01,
 * K2 = 0.03 and dynamic range L = 1 (ink coverage in [0, 1]).
 *
 * <p>The mean is taken over the valid window positions only, the windows that lie wholly inside
 * the image (the authors' reference code filters with {@code 'valid'}); no padding is added. A
 * 64×64 bitmap thus yields 54×54 local SSIM values. Images must be at least 11×11 px.
 */
public final class Ssim {
    public static final int WINDOW_SIZE_PX = 11;
    public static final double WINDOW_SIGMA_PX = 1.5;
    public static final double K1 = 0.01;
    public static final double K2 = 0.03;
    public static final double DYNAMIC_RANGE = 1.0;

    private static final double C1 = (K1 * DYNAMIC_RANGE) * (K1 * DYNAMIC_RANGE);
    private static final double C2 = (K2 * DYNAMIC_RANGE) * (K2 * DYNAMIC_RANGE);
    private static final double[] KERNEL = gaussianKernel(WINDOW_SIZE_PX, WINDOW_SIGMA_PX);

    private Ssim() {
    }

    /** Returns the mean SSIM of two same-size bitmaps: symmetric, at most 1, and 1 for identical images. */
    public static double ssim(GrayBitmap x, GrayBitmap y) {
        GlyphMetrics.requireSameSize(x, y);
        int width = x.widthPx();
        int height = x.heightPx();
        if (width < WINDOW_SIZE_PX || height < WINDOW_SIZE_PX) {
            throw new IllegalArgumentException("SSIM needs bitmaps of at least " + WINDOW_SIZE_PX + "x"
                    + WINDOW_SIZE_PX + " px for its Gaussian window, got " + width + "x" + height + " px");
        }
        double[] a = toDouble(x.ink());
        double[] b = toDouble(y.ink());
        double[] muA = filterValid(a, width, height);
        double[] muB = filterValid(b, width, height);
        double[] meanAA = filterValid(product(a, a), width, height);
        double[] meanBB = filterValid(product(b, b), width, height);
        double[] meanAB = filterValid(product(a, b), width, height);

        double sum = 0;
        for (int i = 0; i < muA.length; i++) {
            double varianceA = meanAA[i] - muA[i] * muA[i];
            double varianceB = meanBB[i] - muB[i] * muB[i];
            double covariance = meanAB[i] - muA[i] * muB[i];
            double numerator = (2 * muA[i] * muB[i] + C1) * (2 * covariance + C2);
            double denominator = (muA[i] * muA[i] + muB[i] * muB[i] + C1) * (varianceA + varianceB + C2);
            sum += numerator / denominator;
        }
        return sum / muA.length;
    }

    /**
     * Filters {@code image} with the normalized Gaussian window at every position where the window
     * fits inside the image. The result is (width − 10) × (height − 10), row-major. The window is
     * separable, so rows are filtered first, then columns.
     */
    private static double[] filterValid(double[] image, int width, int height) {
        int outWidth = width - WINDOW_SIZE_PX + 1;
        int outHeight = height - WINDOW_SIZE_PX + 1;
        double[] rowsFiltered = new double[outWidth * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < outWidth; x++) {
                double sum = 0;
                for (int k = 0; k < WINDOW_SIZE_PX; k++) {
                    sum += KERNEL[k] * image[y * width + x + k];
                }
                rowsFiltered[y * outWidth + x] = sum;
            }
        }
        double[] filtered = new double[outWidth * outHeight];
        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < outWidth; x++) {
                double sum = 0;
                for (int k = 0; k < WINDOW_SIZE_PX; k++) {
                    sum += KERNEL[k] * rowsFiltered[(y + k) * outWidth + x];
                }
                filtered[y * outWidth + x] = sum;
            }
        }
        return filtered;
    }

    /** Builds one axis of the window, normalized to sum 1. The 2-D window is its outer product. */
    static double[] gaussianKernel(int size, double sigma) {
        double[] kernel = new double[size];
        double center = (size - 1) / 2.0;
        double sum = 0;
        for (int i = 0; i < size; i++) {
            double d = i - center;
            kernel[i] = Math.exp(-d * d / (2 * sigma * sigma));
            sum += kernel[i];
        }
        for (int i = 0; i < size; i++) {
            kernel[i] /= sum;
        }
        return kernel;
    }

    private static double[] toDouble(float[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }

    private static double[] product(double[] a, double[] b) {
        double[] result = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            result[i] = a[i] * b[i];
        }
        return result;
    }
}
