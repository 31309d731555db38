package org.glyphgan.sfnt;

import java.util.ArrayList;
import java.util.List;
import org.glyphgan.outline.Contour;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.Segment;

/** Scales an outline about the origin, e.g. from a source font's unitsPerEm to the target's. */
public final class OutlineScaling {
    private OutlineScaling() {
    }

    public static GlyphOutline scale(GlyphOutline outline, double factor) {
        List<Contour> contours = new ArrayList<>();
        for (Contour contour : outline.contours()) {
            List<Segment> segments = new ArrayList<>();
            for (Segment segment : contour.segments()) {
                if (segment instanceof Segment.Line line) {
                    segments.add(new Segment.Line(line.end().times(factor)));
                } else if (segment instanceof Segment.Quad quad) {
                    segments.add(new Segment.Quad(quad.control().times(factor), quad.end().times(factor)));
                } else if (segment instanceof Segment.Cubic cubic) {
                    segments.add(new Segment.Cubic(cubic.control1().times(factor), cubic.control2().times(factor),
                            cubic.end().times(factor)));
                }
            }
            contours.add(new Contour(contour.start().times(factor), segments));
        }
        return new GlyphOutline(contours);
    }
}
