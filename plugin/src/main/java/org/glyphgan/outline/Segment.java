package org.glyphgan.outline;

/**
 * One piece of a closed contour, from the previous segment's end point to {@link #end()}.
 * Coordinates are font units, y up.
 */
public sealed interface Segment {
    Point end();

    /** A straight line to {@code end}. */
    record Line(Point end) implements Segment {
    }

    /** A quadratic Bézier with one control point. */
    record Quad(Point control, Point end) implements Segment {
    }

    /** A cubic Bézier with two control points. */
    record Cubic(Point control1, Point control2, Point end) implements Segment {
    }
}
