package org.glyphgan.outline;

import java.util.ArrayList;
import java.util.List;

/**
 * Converts cubic Béziers to quadratic ones for TrueType, with a bounded error in font units.
 * It follows the approach of fontTools' cu2qu: each cubic is split into n pieces of equal
 * parameter length, each piece becomes one quadratic, and n is the smallest that keeps the
 * error within the tolerance.
 *
 * <p>For a piece with control points p0..p3 the quadratic control point is
 * (3(p1 + p2) − (p0 + p3)) / 4, which matches the piece's end points and its midpoint. The
 * difference between the piece and that quadratic, both at the same parameter t, is
 * (p3 − 3p2 + 3p1 − p0) · t(1 − t)(1 − 2t) / 2, whose maximum over t is √3/36 times the length
 * of the third difference. That parametric distance bounds the distance between the two curves.
 * The third difference of a piece is the whole cubic's divided by n³, so n follows in closed form.
 */
public final class Cu2Qu {
    /** Most pieces one cubic may be split into; a tolerance needing more is rejected. */
    public static final int MAX_PIECES = 1000;
    private static final double ERROR_PER_THIRD_DIFFERENCE = Math.sqrt(3) / 36;

    private Cu2Qu() {
    }

    /** Returns {@code outline} with every cubic replaced by quadratics; lines and quadratics are kept. */
    public static GlyphOutline toQuadratic(GlyphOutline outline, double maxErrorUnits) {
        if (!(maxErrorUnits > 0)) {
            throw new IllegalArgumentException("maxErrorUnits must be positive, got " + maxErrorUnits
                    + "; use e.g. 1.0 font unit");
        }
        List<Contour> contours = new ArrayList<>(outline.contours().size());
        for (Contour contour : outline.contours()) {
            List<Segment> segments = new ArrayList<>();
            Point current = contour.start();
            for (Segment segment : contour.segments()) {
                if (segment instanceof Segment.Cubic cubic) {
                    segments.addAll(cubicToQuads(current, cubic, maxErrorUnits));
                } else {
                    segments.add(segment);
                }
                current = segment.end();
            }
            contours.add(new Contour(contour.start(), segments));
        }
        return new GlyphOutline(contours);
    }

    /** Returns the smallest number of equal pieces whose quadratics stay within {@code maxErrorUnits}. */
    public static int pieceCount(Point p0, Segment.Cubic cubic, double maxErrorUnits) {
        Point thirdDifference = cubic.end().minus(cubic.control2().times(3)).plus(cubic.control1().times(3)).minus(p0);
        double errorOnePiece = ERROR_PER_THIRD_DIFFERENCE * Math.hypot(thirdDifference.x(), thirdDifference.y());
        int n = Math.max(1, (int) Math.ceil(Math.cbrt(errorOnePiece / maxErrorUnits) - 1e-9));
        // Rounding in cbrt can leave n one short; the check below makes the bound exact.
        while (errorOnePiece / ((double) n * n * n) > maxErrorUnits) {
            n++;
        }
        if (n > MAX_PIECES) {
            throw new IllegalArgumentException("A cubic from " + p0 + " to " + cubic.end() + " needs " + n
                    + " quadratic pieces for a max error of " + maxErrorUnits + " units; raise the tolerance");
        }
        return n;
    }

    /** Splits one cubic into the fewest quadratic pieces within {@code maxErrorUnits}. */
    public static List<Segment> cubicToQuads(Point p0, Segment.Cubic cubic, double maxErrorUnits) {
        int n = pieceCount(p0, cubic, maxErrorUnits);
        List<Segment> quads = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Point[] piece = subCubic(p0, cubic, (double) k / n, (double) (k + 1) / n);
            Point control = piece[1].plus(piece[2]).times(0.75).minus(piece[0].plus(piece[3]).times(0.25));
            Point end = k == n - 1 ? cubic.end() : piece[3];
            quads.add(new Segment.Quad(control, end));
        }
        return quads;
    }

    /** Control points of the part of the cubic between parameters t0 and t1 (blossoming). */
    static Point[] subCubic(Point p0, Segment.Cubic cubic, double t0, double t1) {
        Point[] c = {p0, cubic.control1(), cubic.control2(), cubic.end()};
        return new Point[] {
            blossom(c, t0, t0, t0), blossom(c, t0, t0, t1), blossom(c, t0, t1, t1), blossom(c, t1, t1, t1)
        };
    }

    private static Point blossom(Point[] c, double a, double b, double d) {
        Point[] level1 = {c[0].lerp(c[1], a), c[1].lerp(c[2], a), c[2].lerp(c[3], a)};
        Point[] level2 = {level1[0].lerp(level1[1], b), level1[1].lerp(level1[2], b)};
        return level2[0].lerp(level2[1], d);
    }
}
