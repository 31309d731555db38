package org.glyphgan.trace;

/**
 * A closed boundary path on the pixel-corner grid of the traced bitmap: vertex k is
 * ({@code x[k]}, {@code y[k]}), y down, and consecutive vertices (cyclically) are one pixel apart.
 * The path keeps the region it encloses on its left when drawn in y-down coordinates.
 *
 * @param x          corner columns, length n
 * @param y          corner rows, length n
 * @param outer      true when the enclosed region is ink (an outer contour), false for a hole
 * @param areaPx2    enclosed area in traced pixels², always positive
 */
record BoundaryPath(int[] x, int[] y, boolean outer, long areaPx2) {
    int length() {
        return x.length;
    }
}
