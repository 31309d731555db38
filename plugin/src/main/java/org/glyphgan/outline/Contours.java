package org.glyphgan.outline;

import java.util.ArrayList;
import java.util.List;

/** Geometry of closed contours: signed area, reversal and node count. */
public final class Contours {
    private Contours() {
    }

    /**
     * Signed area enclosed by the contour, in font units², exact for lines, quadratics and
     * cubics: positive when it runs counter-clockwise in y-up space (a TrueType hole), negative
     * when clockwise (an outer contour).
     */
    public static double signedArea(Contour contour) {
        double area = 0;
        Point current = contour.start();
        for (Segment segment : contour.segments()) {
            area += sweptArea(current, segment);
            current = segment.end();
        }
        area += cross(current, contour.start()) / 2;
        return area;
    }

    /** Signed area of all contours together; non-zero winding makes this the filled area for simple outlines. */
    public static double signedArea(GlyphOutline outline) {
        double area = 0;
        for (Contour contour : outline.contours()) {
            area += signedArea(contour);
        }
        return area;
    }

    private static double sweptArea(Point p0, Segment segment) {
        if (segment instanceof Segment.Line line) {
            return cross(p0, line.end()) / 2;
        } else if (segment instanceof Segment.Quad quad) {
            // Degree elevation makes the quadratic a cubic with the same curve.
            Point c1 = p0.lerp(quad.control(), 2.0 / 3.0);
            Point c2 = quad.end().lerp(quad.control(), 2.0 / 3.0);
            return cubicArea(p0, c1, c2, quad.end());
        }
        Segment.Cubic cubic = (Segment.Cubic) segment;
        return cubicArea(p0, cubic.control1(), cubic.control2(), cubic.end());
    }

    private static double cubicArea(Point p0, Point p1, Point p2, Point p3) {
        return (6 * cross(p0, p1) + 3 * cross(p0, p2) + cross(p0, p3)
                + 3 * cross(p1, p2) + 3 * cross(p1, p3) + 6 * cross(p2, p3)) / 20.0;
    }

    private static double cross(Point a, Point b) {
        return a.x() * b.y() - a.y() * b.x();
    }

    /** Returns the same closed curve traversed the other way, starting at the same point. */
    public static Contour reverse(Contour contour) {
        List<Segment> segments = contour.segments();
        List<Point> starts = new ArrayList<>(segments.size());
        Point current = contour.start();
        for (Segment segment : segments) {
            starts.add(current);
            current = segment.end();
        }
        List<Segment> reversed = new ArrayList<>(segments.size() + 1);
        if (current.distance(contour.start()) > 0) {
            // The implicit closing line becomes the first segment of the reversed contour.
            reversed.add(new Segment.Line(current));
        }
        for (int k = segments.size() - 1; k >= 0; k--) {
            Segment segment = segments.get(k);
            Point end = starts.get(k);
            if (segment instanceof Segment.Line) {
                reversed.add(new Segment.Line(end));
            } else if (segment instanceof Segment.Quad quad) {
                reversed.add(new Segment.Quad(quad.control(), end));
            } else {
                Segment.Cubic cubic = (Segment.Cubic) segment;
                reversed.add(new Segment.Cubic(cubic.control2(), cubic.control1(), end));
            }
        }
        return new Contour(contour.start(), reversed);
    }

    /** On-curve plus off-curve points of the outline, each contour's start point counted once. */
    public static int nodeCount(GlyphOutline outline) {
        int nodes = 0;
        for (Contour contour : outline.contours()) {
            for (Segment segment : contour.segments()) {
                if (segment instanceof Segment.Line) {
                    nodes += 1;
                } else if (segment instanceof Segment.Quad) {
                    nodes += 2;
                } else {
                    nodes += 3;
                }
            }
        }
        return nodes;
    }
}
