package org.glyphgan.trace;

/**
 * Prefix sums of x, y, x², xy and y² over a closed sequence of points traversed twice, so that
 * least-squares quantities over any cyclic run of points cost O(1). The points are either the
 * vertices of a boundary path or its sub-pixel edge points, in both cases relative to path
 * vertex 0 to keep the sums small.
 */
final class PathSums {
    private final int n;
    private final double[] x;
    private final double[] y;
    private final double[] sx;
    private final double[] sy;
    private final double[] sxx;
    private final double[] sxy;
    private final double[] syy;

    /** Sums over the vertices of {@code path}. */
    PathSums(BoundaryPath path) {
        this(relative(path.x(), path.x()[0]), relative(path.y(), path.y()[0]));
    }

    /** Sums over the closed point sequence (xs[k], ys[k]), already relative to path vertex 0. */
    PathSums(double[] xs, double[] ys) {
        n = xs.length;
        x = new double[2 * n + 1];
        y = new double[2 * n + 1];
        sx = new double[2 * n + 2];
        sy = new double[2 * n + 2];
        sxx = new double[2 * n + 2];
        sxy = new double[2 * n + 2];
        syy = new double[2 * n + 2];
        for (int k = 0; k <= 2 * n; k++) {
            int index = k < n ? k : (k < 2 * n ? k - n : 0);
            x[k] = xs[index];
            y[k] = ys[index];
            sx[k + 1] = sx[k] + x[k];
            sy[k + 1] = sy[k] + y[k];
            sxx[k + 1] = sxx[k] + x[k] * x[k];
            sxy[k + 1] = sxy[k] + x[k] * y[k];
            syy[k + 1] = syy[k] + y[k] * y[k];
        }
    }

    private static double[] relative(int[] values, int origin) {
        double[] result = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            result[k] = values[k] - origin;
        }
        return result;
    }

    /** Vertex {@code k} (0 ≤ k ≤ 2n) relative to vertex 0. */
    PointPx vertex(int k) {
        return new PointPx(x[k], y[k]);
    }

    /**
     * Computes the penalty of replacing vertices i..j (i &lt; j ≤ 2n) by the segment from vertex i
     * to vertex j. It is the segment's length times the root-mean-square distance of those
     * vertices from its line.
     */
    double segmentPenalty(int i, int j) {
        double count = j - i + 1;
        double ax = x[i];
        double ay = y[i];
        double dx = x[j] - ax;
        double dy = y[j] - ay;
        double sumX = sx[j + 1] - sx[i];
        double sumY = sy[j + 1] - sy[i];
        double sumU2 = (sxx[j + 1] - sxx[i]) - 2 * ax * sumX + count * ax * ax;
        double sumW2 = (syy[j + 1] - syy[i]) - 2 * ay * sumY + count * ay * ay;
        double sumUW = (sxy[j + 1] - sxy[i]) - ax * sumY - ay * sumX + count * ax * ay;
        double squared = dx * dx * sumW2 - 2 * dx * dy * sumUW + dy * dy * sumU2;
        return Math.sqrt(Math.max(0, squared) / count);
    }

    /**
     * Least-squares line through points i..j (i ≤ j ≤ 2n): returns {centreX, centreY, normalX,
     * normalY} with a unit normal, the principal axis of the points' covariance being the line.
     * When the points do not fix a direction (one point, or all equal), the line runs along
     * ({@code fallbackDx}, {@code fallbackDy}) through their centre.
     */
    double[] fitLine(int i, int j, double fallbackDx, double fallbackDy) {
        double count = j - i + 1;
        double cx = (sx[j + 1] - sx[i]) / count;
        double cy = (sy[j + 1] - sy[i]) / count;
        double a = (sxx[j + 1] - sxx[i]) / count - cx * cx;
        double b = (sxy[j + 1] - sxy[i]) / count - cx * cy;
        double c = (syy[j + 1] - syy[i]) / count - cy * cy;
        // The larger eigenvalue's eigenvector of [[a, b], [b, c]] is the direction of the line.
        double lambda = (a + c) / 2 + Math.sqrt((a - c) * (a - c) / 4 + b * b);
        double ux;
        double uy;
        if (Math.abs(a - lambda) >= Math.abs(c - lambda)) {
            ux = -b;
            uy = a - lambda;
        } else {
            ux = c - lambda;
            uy = -b;
        }
        double length = Math.hypot(ux, uy);
        if (length < 1e-12) {
            ux = fallbackDx;
            uy = fallbackDy;
            length = Math.hypot(ux, uy);
        }
        return new double[] {cx, cy, -uy / length, ux / length};
    }
}
