package org.glyphgan.eval;

import org.glyphgan.raster.GrayBitmap;

/** Small synthetic bitmaps for metric tests. */
final class Bitmaps {
    private Bitmaps() {
    }

    static GrayBitmap constant(int widthPx, int heightPx, float ink) {
        float[] values = new float[widthPx * heightPx];
        java.util.Arrays.fill(values, ink);
        return new GrayBitmap(widthPx, heightPx, values);
    }

    /** Returns a bitmap with full ink in the rectangle [x0, x1) × [y0, y1) and paper elsewhere. */
    static GrayBitmap rectangle(int widthPx, int heightPx, int x0, int y0, int x1, int y1) {
        GrayBitmap bitmap = GrayBitmap.blank(widthPx, heightPx);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                bitmap.set(x, y, 1f);
            }
        }
        return bitmap;
    }

    static GrayBitmap of(int widthPx, int heightPx, float... values) {
        return new GrayBitmap(widthPx, heightPx, values);
    }

    /** Returns a deterministic texture: ink = ((x·xStep + y·yStep) mod modulus) / (modulus − 1). */
    static GrayBitmap texture(int widthPx, int heightPx, int xStep, int yStep, int modulus) {
        GrayBitmap bitmap = GrayBitmap.blank(widthPx, heightPx);
        for (int y = 0; y < heightPx; y++) {
            for (int x = 0; x < widthPx; x++) {
                bitmap.set(x, y, (float) (((x * xStep + y * yStep) % modulus) / (double) (modulus - 1)));
            }
        }
        return bitmap;
    }

    /** Moves the content {@code dx} pixels right, filling the vacated columns with paper. */
    static GrayBitmap shiftRight(GrayBitmap source, int dx) {
        GrayBitmap shifted = GrayBitmap.blank(source.widthPx(), source.heightPx());
        for (int y = 0; y < source.heightPx(); y++) {
            for (int x = dx; x < source.widthPx(); x++) {
                shifted.set(x, y, source.get(x - dx, y));
            }
        }
        return shifted;
    }
}
