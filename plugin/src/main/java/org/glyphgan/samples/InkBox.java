package org.glyphgan.samples;

import java.util.Optional;
import org.glyphgan.raster.GrayBitmap;

/**
 * Bounding box of the pixels whose ink reaches {@link #THRESHOLD}, in pixel edges (y down):
 * {@code left}/{@code top} inclusive, {@code right}/{@code bottom} exclusive.
 */
record InkBox(int left, int top, int right, int bottom) {
    /** Half coverage: an antialiased edge pixel counts as ink when the outline covers half of it. */
    static final float THRESHOLD = 0.5f;

    static Optional<InkBox> of(GrayBitmap bitmap) {
        int left = Integer.MAX_VALUE;
        int top = Integer.MAX_VALUE;
        int right = -1;
        int bottom = -1;
        for (int y = 0; y < bitmap.heightPx(); y++) {
            for (int x = 0; x < bitmap.widthPx(); x++) {
                if (bitmap.get(x, y) >= THRESHOLD) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return right < 0 ? Optional.empty() : Optional.of(new InkBox(left, top, right + 1, bottom + 1));
    }

    int widthPx() {
        return right - left;
    }

    int heightPx() {
        return bottom - top;
    }

    double centreXPx() {
        return (left + right) / 2.0;
    }

    /** Returns whether the ink touches the bitmap's edge, so part of the letter may be cut off. */
    boolean touchesEdge(GrayBitmap bitmap) {
        return left == 0 || top == 0 || right == bitmap.widthPx() || bottom == bitmap.heightPx();
    }
}
