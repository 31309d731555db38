package org.glyphgan.raster;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A square or rectangular grayscale glyph image in pixel space: row-major, y down, each value the
 * ink coverage of one pixel in [0, 1] (0 = paper, 1 = full ink).
 */
public final class GrayBitmap {
    private final int widthPx;
    private final int heightPx;
    private final float[] ink;

    /** Wraps {@code ink} (length {@code widthPx * heightPx}, row-major) without copying. */
    public GrayBitmap(int widthPx, int heightPx, float[] ink) {
        if (widthPx <= 0 || heightPx <= 0) {
            throw new IllegalArgumentException("Bitmap size must be positive, got " + widthPx + "x" + heightPx);
        }
        if (ink.length != widthPx * heightPx) {
            throw new IllegalArgumentException("Ink array has " + ink.length + " values, expected "
                    + widthPx + "x" + heightPx + " = " + widthPx * heightPx);
        }
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.ink = ink;
    }

    public static GrayBitmap blank(int widthPx, int heightPx) {
        return new GrayBitmap(widthPx, heightPx, new float[widthPx * heightPx]);
    }

    public int widthPx() {
        return widthPx;
    }

    public int heightPx() {
        return heightPx;
    }

    /** Returns the ink coverage at column {@code x}, row {@code y}; 0 outside the image. */
    public float get(int x, int y) {
        if (x < 0 || y < 0 || x >= widthPx || y >= heightPx) {
            return 0f;
        }
        return ink[y * widthPx + x];
    }

    public void set(int x, int y, float value) {
        ink[y * widthPx + x] = value;
    }

    /** The backing array, row-major; callers must not modify it unless they own this bitmap. */
    public float[] ink() {
        return ink;
    }

    /** Mean ink coverage over all pixels, in [0, 1]. */
    public double inkFraction() {
        double sum = 0;
        for (float v : ink) {
            sum += v;
        }
        return sum / ink.length;
    }

    public GrayBitmap copy() {
        return new GrayBitmap(widthPx, heightPx, ink.clone());
    }

    /** Converts to an 8-bit gray image with black ink on white paper. */
    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < heightPx; y++) {
            for (int x = 0; x < widthPx; x++) {
                int gray = 255 - Math.round(Math.max(0f, Math.min(1f, get(x, y))) * 255f);
                image.getRaster().setSample(x, y, 0, gray);
            }
        }
        return image;
    }

    /** Reads any image as ink coverage: luminance inverted, so dark pixels are ink. */
    public static GrayBitmap fromImage(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[] ink = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = image.getRGB(x, y);
                double alpha = ((argb >>> 24) & 0xFF) / 255.0;
                double r = (argb >> 16) & 0xFF;
                double g = (argb >> 8) & 0xFF;
                double b = argb & 0xFF;
                double luminance = (0.299 * r + 0.587 * g + 0.114 * b) / 255.0;
                // Transparent pixels count as paper, whatever their colour channels hold.
                ink[y * w + x] = (float) (alpha * (1.0 - luminance));
            }
        }
        return new GrayBitmap(w, h, ink);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GrayBitmap that
                && widthPx == that.widthPx && heightPx == that.heightPx && Arrays.equals(ink, that.ink);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * widthPx + heightPx) + Arrays.hashCode(ink);
    }
}
