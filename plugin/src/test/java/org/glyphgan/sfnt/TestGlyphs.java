package org.glyphgan.sfnt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.glyphgan.outline.Contour;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.Point;
import org.glyphgan.outline.Segment;

/** Small synthetic glyphs for writer tests: squares, a ring with a hole, quadratic curves. */
public final class TestGlyphs {
    public static final Instant FIXED_TIME = Instant.parse("2024-01-01T00:00:00Z");

    private TestGlyphs() {
    }

    public static Contour rectangle(double x0, double y0, double x1, double y1, boolean clockwise) {
        Point a = new Point(x0, y0);
        Point b = new Point(x0, y1);
        Point c = new Point(x1, y1);
        Point d = new Point(x1, y0);
        List<Segment> segments = clockwise
                ? List.of(new Segment.Line(b), new Segment.Line(c), new Segment.Line(d), new Segment.Line(a))
                : List.of(new Segment.Line(d), new Segment.Line(c), new Segment.Line(b), new Segment.Line(a));
        return new Contour(a, segments);
    }

    /** Builds a circle from 8 quadratic arcs, clockwise in y-up space for an outer contour. */
    public static Contour circle(double cx, double cy, double radius, boolean clockwise) {
        int pieces = 8;
        double step = 2 * Math.PI / pieces * (clockwise ? -1 : 1);
        double controlRadius = radius / Math.cos(Math.PI / pieces);
        Point start = new Point(cx + radius, cy);
        List<Segment> segments = new ArrayList<>();
        for (int i = 1; i <= pieces; i++) {
            double mid = (i - 0.5) * step;
            double end = i * step;
            Point control = new Point(cx + controlRadius * Math.cos(mid), cy + controlRadius * Math.sin(mid));
            Point endPoint = i == pieces ? start : new Point(cx + radius * Math.cos(end), cy + radius * Math.sin(end));
            segments.add(new Segment.Quad(control, endPoint));
        }
        return new Contour(start, segments);
    }

    public static GlyphOutline square(double size) {
        return new GlyphOutline(List.of(rectangle(50, 0, 50 + size, size, true)));
    }

    public static GlyphOutline ring() {
        return new GlyphOutline(List.of(circle(300, 350, 300, true), circle(300, 350, 150, false)));
    }

    /** Builds a glyph whose curve control point reaches above its on-curve points (a bump on a box). */
    public static GlyphOutline bump() {
        Point start = new Point(50, 0);
        List<Segment> segments = List.of(
                new Segment.Line(new Point(50, 400)),
                new Segment.Quad(new Point(300, 800), new Point(550, 400)),
                new Segment.Line(new Point(550, 0)),
                new Segment.Line(start));
        return new GlyphOutline(List.of(new Contour(start, segments)));
    }

    /** Builds an 'H' as one clockwise polygon, so that no contours overlap. */
    public static GlyphOutline letterH() {
        double[][] corners = {
            {50, 0}, {50, 700}, {150, 700}, {150, 400}, {450, 400}, {450, 700}, {550, 700},
            {550, 0}, {450, 0}, {450, 300}, {150, 300}, {150, 0},
        };
        List<Segment> segments = new ArrayList<>();
        for (int i = 1; i <= corners.length; i++) {
            double[] corner = corners[i % corners.length];
            segments.add(new Segment.Line(new Point(corner[0], corner[1])));
        }
        return new GlyphOutline(List.of(new Contour(new Point(50, 0), segments)));
    }

    /** H, O, x, d, p, n and a few more: enough for measured metrics and every outline kind. */
    public static List<GlyphBuild> synthetic() {
        return List.of(
                GlyphBuild.of("H", 'H', 600, letterH()),
                GlyphBuild.of("O", 'O', 700, ring()),
                GlyphBuild.of("n", 'n', 600, bump()),
                GlyphBuild.of("x", 'x', 500, square(450)),
                GlyphBuild.of("d", 'd', 600, new GlyphOutline(List.of(rectangle(50, 0, 550, 750, true)))),
                GlyphBuild.of("p", 'p', 600, new GlyphOutline(List.of(rectangle(50, -200, 550, 500, true)))),
                GlyphBuild.of("period", '.', 250, square(100)),
                GlyphBuild.of("space", ' ', 250, GlyphOutline.EMPTY),
                GlyphBuild.of("eacute", 0xE9, 600, square(500)));
    }

    /** Returns the synthetic glyphs without the space, each on an advance of 700 units. */
    public static List<GlyphBuild> monospaced() {
        return synthetic().stream()
                .filter(glyph -> !glyph.codePoints().contains((int) ' '))
                .map(glyph -> new GlyphBuild(glyph.name(), glyph.codePoints(), 700, glyph.outline()))
                .toList();
    }

    public static FontBuild syntheticFont() {
        return FontBuild.builder("Glyphgan Test", "Regular").glyphs(synthetic()).created(FIXED_TIME).build();
    }
}
