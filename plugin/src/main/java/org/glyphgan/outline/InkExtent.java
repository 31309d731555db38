package org.glyphgan.outline;

import java.awt.Shape;
import java.awt.geom.PathIterator;

/**
 * The horizontal extent of drawn ink: the curves themselves, not their control points, which lie
 * outside a curve's ink wherever it bends.
 */
public final class InkExtent {
    private InkExtent() {
    }

    /**
     * Returns {xMin, xMax} of {@code shape}'s curves, flattened to lines within
     * {@code flatnessUnits}, or {+∞, −∞} for a shape without points.
     */
    public static double[] horizontal(Shape shape, double flatnessUnits) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double[] coords = new double[6];
        for (PathIterator it = shape.getPathIterator(null, flatnessUnits); !it.isDone(); it.next()) {
            if (it.currentSegment(coords) != PathIterator.SEG_CLOSE) {
                min = Math.min(min, coords[0]);
                max = Math.max(max, coords[0]);
            }
        }
        return new double[] {min, max};
    }
}
