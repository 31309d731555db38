package org.glyphgan.sfnt;

import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.GlyphDescription;
import org.glyphgan.outline.Contour;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.Point;
import org.glyphgan.outline.Segment;

/**
 * Converts a TrueType glyph read by FontBox into a {@link GlyphOutline} of lines and quadratic
 * curves, restoring the on-curve points that TrueType implies between two off-curve points.
 * Composite glyphs come out with their components resolved, because FontBox's description
 * already places the component points.
 */
public final class TrueTypeOutlineReader {
    private static final int ON_CURVE = 0x01;

    private TrueTypeOutlineReader() {
    }

    public static GlyphOutline read(GlyphData glyph) {
        if (glyph == null || glyph.getDescription() == null) {
            return GlyphOutline.EMPTY;
        }
        GlyphDescription description = glyph.getDescription();
        List<Contour> contours = new ArrayList<>();
        int first = 0;
        for (int c = 0; c < description.getContourCount(); c++) {
            int last = description.getEndPtOfContours(c);
            if (last - first >= 1) {
                contours.add(contour(description, first, last));
            }
            first = last + 1;
        }
        return new GlyphOutline(contours);
    }

    private static Contour contour(GlyphDescription description, int first, int last) {
        int n = last - first + 1;
        Point[] points = new Point[n];
        boolean[] onCurve = new boolean[n];
        for (int i = 0; i < n; i++) {
            points[i] = new Point(description.getXCoordinate(first + i), description.getYCoordinate(first + i));
            onCurve[i] = (description.getFlags(first + i) & ON_CURVE) != 0;
        }

        int startIndex = 0;
        while (startIndex < n && !onCurve[startIndex]) {
            startIndex++;
        }
        // A contour of off-curve points only starts at the implied point between the first two.
        Point start = startIndex < n ? points[startIndex] : points[0].lerp(points[1 % n], 0.5);

        List<Segment> segments = new ArrayList<>();
        Point pendingControl = null;
        int offset = startIndex < n ? startIndex : 0;
        int steps = startIndex < n ? n : n + 1;
        for (int k = 1; k <= steps; k++) {
            int i = (offset + k) % n;
            Point point = k == steps && startIndex >= n ? start : points[i];
            boolean on = (k == steps && startIndex >= n) || onCurve[i];
            if (on) {
                segments.add(pendingControl == null ? new Segment.Line(point) : new Segment.Quad(pendingControl, point));
                pendingControl = null;
            } else if (pendingControl == null) {
                pendingControl = point;
            } else {
                Point implied = pendingControl.lerp(point, 0.5);
                segments.add(new Segment.Quad(pendingControl, implied));
                pendingControl = point;
            }
        }
        return new Contour(start, segments);
    }
}
