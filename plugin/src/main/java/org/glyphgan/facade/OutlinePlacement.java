package org.glyphgan.facade;

import java.util.ArrayList;
import java.util.List;
import org.glyphgan.outline.Contour;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.InkExtent;
import org.glyphgan.outline.Point;
import org.glyphgan.outline.Segment;

/** Horizontal extent and translation of outlines, for spacing. */
final class OutlinePlacement {
    /** Largest distance between a curve and the lines that {@link #inkExtent} measures it by, in font units. */
    static final double FLATNESS_UNITS = 0.5;

    private OutlinePlacement() {
    }

    /**
     * Returns {xMin, xMax} over every point of {@code outline}, control points included, as the
     * glyf table's bounding box counts them; the outline must not be empty.
     */
    static double[] xExtent(GlyphOutline outline) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Contour contour : outline.contours()) {
            for (Point point : points(contour)) {
                min = Math.min(min, point.x());
                max = Math.max(max, point.x());
            }
        }
        return new double[] {min, max};
    }

    /**
     * Returns {xMin, xMax} of the drawn ink of {@code outline}: the curves themselves, within
     * {@link #FLATNESS_UNITS}, not their control points. The outline must not be empty.
     */
    static double[] inkExtent(GlyphOutline outline) {
        return InkExtent.horizontal(outline.toPath(), FLATNESS_UNITS);
    }

    /** Returns {@code outline} moved right by {@code dx} font units. */
    static GlyphOutline shiftX(GlyphOutline outline, double dx) {
        Point offset = new Point(dx, 0);
        List<Contour> contours = new ArrayList<>(outline.contours().size());
        for (Contour contour : outline.contours()) {
            List<Segment> segments = new ArrayList<>(contour.segments().size());
            for (Segment segment : contour.segments()) {
                segments.add(shift(segment, offset));
            }
            contours.add(new Contour(contour.start().plus(offset), segments));
        }
        return new GlyphOutline(contours);
    }

    private static Segment shift(Segment segment, Point offset) {
        if (segment instanceof Segment.Line line) {
            return new Segment.Line(line.end().plus(offset));
        }
        if (segment instanceof Segment.Quad quad) {
            return new Segment.Quad(quad.control().plus(offset), quad.end().plus(offset));
        }
        Segment.Cubic cubic = (Segment.Cubic) segment;
        return new Segment.Cubic(cubic.control1().plus(offset), cubic.control2().plus(offset), cubic.end().plus(offset));
    }

    private static List<Point> points(Contour contour) {
        List<Point> points = new ArrayList<>();
        points.add(contour.start());
        for (Segment segment : contour.segments()) {
            if (segment instanceof Segment.Quad quad) {
                points.add(quad.control());
            } else if (segment instanceof Segment.Cubic cubic) {
                points.add(cubic.control1());
                points.add(cubic.control2());
            }
            points.add(segment.end());
        }
        return points;
    }
}
