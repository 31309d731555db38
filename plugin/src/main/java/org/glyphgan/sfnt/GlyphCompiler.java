package org.glyphgan.sfnt;

import java.util.ArrayList;
import java.util.List;
import org.glyphgan.outline.Contour;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.Point;
import org.glyphgan.outline.Segment;

/**
 * Converts a {@link GlyphOutline} of lines and quadratic curves into TrueType points: coordinates
 * rounded to integers, zero-length lines dropped, and an on-curve point left out where it lies
 * exactly halfway between two off-curve points (TrueType implies it there).
 */
final class GlyphCompiler {
    private GlyphCompiler() {
    }

    static TrueTypeGlyph compile(String glyphName, GlyphOutline outline) {
        List<int[]> contours = new ArrayList<>();
        for (int c = 0; c < outline.contours().size(); c++) {
            List<int[]> points = contourPoints(glyphName, c, outline.contours().get(c));
            if (points.size() >= 2) {
                contours.add(flatten(removeImpliedOnCurve(points)));
            }
        }
        return assemble(glyphName, contours);
    }

    /** Returns the contour's points as {x, y, onCurve (1/0)}, without the closing duplicate. */
    private static List<int[]> contourPoints(String glyphName, int contourIndex, Contour contour) {
        List<int[]> points = new ArrayList<>();
        int[] start = rounded(glyphName, contour.start(), 1);
        points.add(start);
        List<Segment> segments = contour.segments();
        for (int s = 0; s < segments.size(); s++) {
            Segment segment = segments.get(s);
            if (segment instanceof Segment.Cubic) {
                throw new IllegalArgumentException("Glyph '" + glyphName + "' contour " + contourIndex
                        + " segment " + s + " is a cubic Bézier, but TrueType glyf stores only quadratic curves;"
                        + " convert the outline to quadratics first (the cubic-to-quadratic converter, Cu2Qu)");
            }
            if (segment instanceof Segment.Quad quad) {
                points.add(rounded(glyphName, quad.control(), 0));
            }
            int[] end = rounded(glyphName, segment.end(), 1);
            int[] previous = points.get(points.size() - 1);
            boolean zeroLengthLine = segment instanceof Segment.Line && samePosition(previous, end);
            if (!zeroLengthLine) {
                points.add(end);
            }
        }
        int[] last = points.get(points.size() - 1);
        if (points.size() > 1 && last[2] == 1 && samePosition(last, start)) {
            points.remove(points.size() - 1);
        }
        return points;
    }

    /** Drops on-curve points at the exact midpoint of two off-curve neighbours, except the first. */
    private static List<int[]> removeImpliedOnCurve(List<int[]> points) {
        List<int[]> kept = new ArrayList<>(points.size());
        int n = points.size();
        for (int i = 0; i < n; i++) {
            int[] point = points.get(i);
            int[] before = points.get((i + n - 1) % n);
            int[] after = points.get((i + 1) % n);
            boolean implied = i > 0 && point[2] == 1 && before[2] == 0 && after[2] == 0
                    && 2 * point[0] == before[0] + after[0] && 2 * point[1] == before[1] + after[1];
            if (!implied) {
                kept.add(point);
            }
        }
        return kept;
    }

    private static int[] flatten(List<int[]> points) {
        int[] flat = new int[points.size() * 3];
        for (int i = 0; i < points.size(); i++) {
            System.arraycopy(points.get(i), 0, flat, i * 3, 3);
        }
        return flat;
    }

    private static TrueTypeGlyph assemble(String glyphName, List<int[]> contours) {
        if (contours.isEmpty()) {
            return TrueTypeGlyph.EMPTY;
        }
        int total = contours.stream().mapToInt(flat -> flat.length / 3).sum();
        SfntLimits.requireUint16(total, "point count of glyph '" + glyphName + "'");
        int[] endPts = new int[contours.size()];
        int[] xs = new int[total];
        int[] ys = new int[total];
        boolean[] onCurve = new boolean[total];
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        int index = 0;
        for (int c = 0; c < contours.size(); c++) {
            int[] flat = contours.get(c);
            for (int k = 0; k < flat.length; k += 3) {
                xs[index] = flat[k];
                ys[index] = flat[k + 1];
                onCurve[index] = flat[k + 2] == 1;
                box[0] = Math.min(box[0], xs[index]);
                box[1] = Math.min(box[1], ys[index]);
                box[2] = Math.max(box[2], xs[index]);
                box[3] = Math.max(box[3], ys[index]);
                index++;
            }
            endPts[c] = index - 1;
        }
        SfntLimits.requireInt16(box[2] - box[0], "width of glyph '" + glyphName + "'");
        SfntLimits.requireInt16(box[3] - box[1], "height of glyph '" + glyphName + "'");
        return new TrueTypeGlyph(endPts, xs, ys, onCurve, box[0], box[1], box[2], box[3]);
    }

    private static int[] rounded(String glyphName, Point point, int onCurve) {
        if (!Double.isFinite(point.x()) || !Double.isFinite(point.y())) {
            throw new IllegalArgumentException("Glyph '" + glyphName + "' has a non-finite point " + point);
        }
        long x = Math.round(point.x());
        long y = Math.round(point.y());
        SfntLimits.requireInt16(x, "x coordinate in glyph '" + glyphName + "'");
        SfntLimits.requireInt16(y, "y coordinate in glyph '" + glyphName + "'");
        return new int[] {(int) x, (int) y, onCurve};
    }

    private static boolean samePosition(int[] a, int[] b) {
        return a[0] == b[0] && a[1] == b[1];
    }
}
