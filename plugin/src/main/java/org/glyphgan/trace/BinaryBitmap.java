package org.glyphgan.trace;

/** A two-colour bitmap, row-major, y down; {@code true} is ink. Reads outside the image are paper. */
final class BinaryBitmap {
    final int widthPx;
    final int heightPx;
    final boolean[] ink;

    BinaryBitmap(int widthPx, int heightPx) {
        this.widthPx = widthPx;
        this.heightPx = heightPx;
        this.ink = new boolean[widthPx * heightPx];
    }

    boolean get(int x, int y) {
        return x >= 0 && y >= 0 && x < widthPx && y < heightPx && ink[y * widthPx + x];
    }

    void set(int x, int y, boolean value) {
        ink[y * widthPx + x] = value;
    }

    BinaryBitmap copy() {
        BinaryBitmap copy = new BinaryBitmap(widthPx, heightPx);
        System.arraycopy(ink, 0, copy.ink, 0, ink.length);
        return copy;
    }
}
