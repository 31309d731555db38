package org.glyphgan.sfnt;

/**
 * A simple glyph as glyf stores it: integer points in font units, y up, with on/off-curve flags
 * and the last point index of each contour. The bounding box covers every stored point, off-curve
 * control points included, as the glyf header requires.
 */
public record TrueTypeGlyph(
        int[] endPtsOfContours, int[] xCoordinates, int[] yCoordinates, boolean[] onCurve,
        int xMin, int yMin, int xMax, int yMax) {
    public static final TrueTypeGlyph EMPTY =
            new TrueTypeGlyph(new int[0], new int[0], new int[0], new boolean[0], 0, 0, 0, 0);

    public int numberOfContours() {
        return endPtsOfContours.length;
    }

    public int pointCount() {
        return xCoordinates.length;
    }

    public boolean isEmpty() {
        return endPtsOfContours.length == 0;
    }
}
