package org.glyphgan.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage (f): curve optimization. A run of consecutive curve pieces that bend the same way and
 * turn by less than {@link #MAX_TURN_RAD} in total is replaced by one cubic when one fits: the
 * merged cubic keeps the run's end points and end tangents, its control points lie at the same
 * fraction alpha of the way to the tangents' intersection, and alpha is chosen so that the
 * cubic encloses the same area with its chord as the run does. The merge is kept only when every
 * joint and every piece's midpoint of the run lies within {@code optTolerancePx} of the merged
 * cubic. A dynamic programme picks the fewest pieces, then the smallest sum of squared deviations.
 */
final class CurveOptimization {
    /** Largest total turn one merged cubic may cover, in radians (just under a half turn). */
    static final double MAX_TURN_RAD = Math.toRadians(179);
    /** Uniform parameter samples of a merged cubic before the nearest one is refined. */
    private static final int COARSE_SAMPLES = 24;
    private static final int REFINE_ITERATIONS = 14;
    /** Parameters at which each replaced piece must lie within the tolerance of the merged cubic. */
    private static final double[] CHECK_PARAMETERS = {0.25, 0.5, 0.75, 1.0};

    private CurveOptimization() {
    }

    /**
     * Merges runs of pieces and returns the shorter cyclic piece list.
     * NOTE: no merged run crosses the list's start, which follows a corner when there is one.
     * A contour without corners (an O) keeps an arbitrary piece boundary there.
     */
    static CurvePiece[] optimize(CurvePiece[] pieces, double optTolerancePx) {
        int m = pieces.length;
        if (m < 2) {
            return pieces;
        }
        CurvePiece[] rotated = rotateToCorner(pieces);

        // Boundary b (0..m) is the end of piece b - 1; boundary 0 is the end of the last piece.
        int[] count = new int[m + 1];
        double[] cost = new double[m + 1];
        int[] previous = new int[m + 1];
        CurvePiece[] merged = new CurvePiece[m + 1];
        java.util.Arrays.fill(count, Integer.MAX_VALUE);
        count[0] = 0;
        double[] turn = turns(rotated);

        for (int i = 0; i < m; i++) {
            relax(count, cost, previous, merged, i, i + 1, 0, rotated[i]);
            if (rotated[i].corner()) {
                continue;
            }
            double totalTurn = Math.abs(turn[i]);
            for (int j = i + 2; j <= m; j++) {
                // Pieces i..j-1 must all be curves that bend the same way and turn less than a half turn.
                CurvePiece last = rotated[j - 1];
                totalTurn += Math.abs(turn[j - 1]);
                if (last.corner() || turn[j - 1] * turn[i] <= 0 || totalTurn >= MAX_TURN_RAD) {
                    break;
                }
                double[] deviation = new double[1];
                CurvePiece candidate = merge(rotated, i, j, optTolerancePx, deviation);
                if (candidate != null) {
                    relax(count, cost, previous, merged, i, j, deviation[0], candidate);
                }
            }
        }

        List<CurvePiece> result = new ArrayList<>();
        for (int j = m; j > 0; j = previous[j]) {
            result.add(0, merged[j]);
        }
        return result.toArray(new CurvePiece[0]);
    }

    private static void relax(int[] count, double[] cost, int[] previous, CurvePiece[] merged,
                              int i, int j, double deviation, CurvePiece piece) {
        int c = count[i] + 1;
        double total = cost[i] + deviation;
        if (c < count[j] || (c == count[j] && total < cost[j])) {
            count[j] = c;
            cost[j] = total;
            previous[j] = i;
            merged[j] = piece;
        }
    }

    /** Rotates the cyclic piece list so that it starts after a corner, when there is one. */
    private static CurvePiece[] rotateToCorner(CurvePiece[] pieces) {
        int m = pieces.length;
        for (int k = 0; k < m; k++) {
            if (pieces[k].corner()) {
                CurvePiece[] rotated = new CurvePiece[m];
                for (int i = 0; i < m; i++) {
                    rotated[i] = pieces[(k + 1 + i) % m];
                }
                return rotated;
            }
        }
        return pieces;
    }

    /** Computes the signed turn at each piece's polygon vertex, in radians. */
    private static double[] turns(CurvePiece[] p) {
        int m = p.length;
        double[] turn = new double[m];
        for (int k = 0; k < m; k++) {
            PointPx in = p[k].vertex().minus(p[(k - 1 + m) % m].vertex());
            PointPx out = p[(k + 1) % m].vertex().minus(p[k].vertex());
            turn[k] = Math.atan2(in.cross(out), in.dot(out));
        }
        return turn;
    }

    /**
     * Builds the cubic replacing pieces i..j-1, or returns null when none fits within the
     * tolerance. {@code deviation[0]} receives the sum of squared distances of the checked points.
     */
    private static CurvePiece merge(CurvePiece[] p, int i, int j, double tolerancePx, double[] deviation) {
        int m = p.length;
        PointPx start = p[(i - 1 + m) % m].end();
        PointPx end = p[j - 1].end();
        PointPx firstVertex = p[i].vertex();
        PointPx lastVertex = p[j - 1].vertex();
        PointPx startTangent = firstVertex.minus(start);
        PointPx endTangent = lastVertex.minus(end);
        double denominator = startTangent.cross(endTangent);
        if (Math.abs(denominator) < 1e-12) {
            return null;
        }
        PointPx chord = end.minus(start);
        double s = chord.cross(endTangent) / denominator;
        double t = chord.cross(startTangent) / denominator;
        if (s <= 0 || t <= 0) {
            return null;
        }

        PointPx apex = start.plus(startTangent.times(s));
        double triangleArea = start.minus(apex).cross(end.minus(apex)) / 2;
        double runArea = runArea(p, i, j, start);
        double ratio = runArea / -triangleArea;
        // A cubic with control points at fraction alpha towards the apex encloses 3/10·α(4−α) of the triangle.
        double discriminant = 4 - ratio * 10.0 / 3.0;
        if (!(ratio > 0) || discriminant < 0) {
            return null;
        }
        double alpha = 2 - Math.sqrt(discriminant);

        PointPx control1 = start.lerp(apex, alpha);
        PointPx control2 = end.lerp(apex, alpha);
        PointPx[] merged = {start, control1, control2, end};
        double sum = 0;
        for (int k = i; k < j; k++) {
            PointPx pieceStart = p[(k - 1 + m) % m].end();
            for (double parameter : CHECK_PARAMETERS) {
                PointPx point = evaluate(pieceStart, p[k].control1(), p[k].control2(), p[k].end(), parameter);
                double distance = distanceToCubic(merged, point);
                if (distance > tolerancePx) {
                    return null;
                }
                sum += distance * distance;
            }
        }
        deviation[0] = sum;
        return new CurvePiece(false, apex, control1, control2, end, alpha);
    }

    /** Signed area enclosed by pieces i..j-1 and the chord back to {@code origin}, via Green's theorem. */
    private static double runArea(CurvePiece[] p, int i, int j, PointPx origin) {
        int m = p.length;
        double area = 0;
        for (int k = i; k < j; k++) {
            PointPx a = p[(k - 1 + m) % m].end().minus(origin);
            PointPx b = p[k].control1().minus(origin);
            PointPx c = p[k].control2().minus(origin);
            PointPx d = p[k].end().minus(origin);
            area += cubicArea(a, b, c, d);
        }
        return area;
    }

    /** ½∮(x dy − y dx) along a cubic Bézier: the signed area it sweeps as seen from the origin. */
    static double cubicArea(PointPx p0, PointPx p1, PointPx p2, PointPx p3) {
        return (6 * p0.cross(p1) + 3 * p0.cross(p2) + p0.cross(p3)
                + 3 * p1.cross(p2) + 3 * p1.cross(p3) + 6 * p2.cross(p3)) / 20.0;
    }

    static PointPx evaluate(PointPx p0, PointPx p1, PointPx p2, PointPx p3, double t) {
        double u = 1 - t;
        double b0 = u * u * u;
        double b1 = 3 * u * u * t;
        double b2 = 3 * u * t * t;
        double b3 = t * t * t;
        return new PointPx(b0 * p0.x() + b1 * p1.x() + b2 * p2.x() + b3 * p3.x(),
                b0 * p0.y() + b1 * p1.y() + b2 * p2.y() + b3 * p3.y());
    }

    /**
     * Distance from {@code q} to the cubic {@code c}: the nearest of {@link #COARSE_SAMPLES}
     * uniform samples, refined by a ternary search on the neighbouring parameter intervals.
     * NOTE: a cubic that passes near {@code q} twice with a farther sample between may be refined
     * around the wrong pass; merged cubics turn less than a half turn, which keeps that rare.
     */
    static double distanceToCubic(PointPx[] c, PointPx q) {
        int bestIndex = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k <= COARSE_SAMPLES; k++) {
            double d = squaredDistance(c, q, (double) k / COARSE_SAMPLES);
            if (d < best) {
                best = d;
                bestIndex = k;
            }
        }
        double low = Math.max(0, (bestIndex - 1.0) / COARSE_SAMPLES);
        double high = Math.min(1, (bestIndex + 1.0) / COARSE_SAMPLES);
        for (int iteration = 0; iteration < REFINE_ITERATIONS; iteration++) {
            double t1 = low + (high - low) / 3;
            double t2 = high - (high - low) / 3;
            if (squaredDistance(c, q, t1) < squaredDistance(c, q, t2)) {
                high = t2;
            } else {
                low = t1;
            }
        }
        best = Math.min(best, squaredDistance(c, q, (low + high) / 2));
        return Math.sqrt(best);
    }

    private static double squaredDistance(PointPx[] c, PointPx q, double t) {
        double u = 1 - t;
        double b0 = u * u * u;
        double b1 = 3 * u * u * t;
        double b2 = 3 * u * t * t;
        double b3 = t * t * t;
        double x = b0 * c[0].x() + b1 * c[1].x() + b2 * c[2].x() + b3 * c[3].x() - q.x();
        double y = b0 * c[0].y() + b1 * c[1].y() + b2 * c[2].y() + b3 * c[3].y() - q.y();
        return x * x + y * y;
    }
}
