package org.glyphgan.outline;

/**
 * A pen: receives one outline as drawing commands, in font units with y up. Every contour starts
 * with {@link #moveTo} and ends with {@link #closePath}.
 */
public interface PathSink {
    void moveTo(double x, double y);

    void lineTo(double x, double y);

    /** Quadratic Bézier from the current point through control point (x1, y1) to (x, y). */
    void quadTo(double x1, double y1, double x, double y);

    /** Cubic Bézier from the current point through (x1, y1) and (x2, y2) to (x, y). */
    void curveTo(double x1, double y1, double x2, double y2, double x, double y);

    void closePath();
}
