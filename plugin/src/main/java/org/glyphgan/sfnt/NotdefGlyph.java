package org.glyphgan.sfnt;

import java.util.List;
import org.glyphgan.outline.Contour;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.Point;
import org.glyphgan.outline.Segment;

/** Glyph 0: the conventional {@code .notdef} box with a rectangular counter. */
final class NotdefGlyph {
    static final String NAME = ".notdef";

    private NotdefGlyph() {
    }

    /** Builds the box on an advance of half the em. */
    static GlyphBuild create(int unitsPerEm, int capHeight) {
        return create(unitsPerEm, capHeight, unitsPerEm / 2);
    }

    /**
     * Builds the box on {@code advanceWidth} font units, as a fixed-pitch font needs. Margin and
     * stroke are a twentieth of the em, or a tenth of the advance when that is less.
     */
    static GlyphBuild create(int unitsPerEm, int capHeight, int advanceWidth) {
        int margin = Math.min(unitsPerEm / 20, advanceWidth / 10);
        int stroke = margin;
        int top = capHeight > 2 * stroke ? capHeight : unitsPerEm * 7 / 10;
        Contour outer = rectangle(margin, 0, advanceWidth - margin, top, true);
        Contour counter = rectangle(margin + stroke, stroke, advanceWidth - margin - stroke, top - stroke, false);
        return new GlyphBuild(NAME, List.of(), advanceWidth, new GlyphOutline(List.of(outer, counter)));
    }

    /** Builds a rectangle, clockwise (an outer contour) or counter-clockwise (a hole), in y-up space. */
    static Contour rectangle(int x0, int y0, int x1, int y1, boolean clockwise) {
        Point a = new Point(x0, y0);
        Point b = new Point(x0, y1);
        Point c = new Point(x1, y1);
        Point d = new Point(x1, y0);
        List<Segment> segments = clockwise
                ? List.of(new Segment.Line(b), new Segment.Line(c), new Segment.Line(d), new Segment.Line(a))
                : List.of(new Segment.Line(d), new Segment.Line(c), new Segment.Line(b), new Segment.Line(a));
        return new Contour(a, segments);
    }
}
