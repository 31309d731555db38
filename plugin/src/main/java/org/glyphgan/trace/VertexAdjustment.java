package org.glyphgan.trace;

/**
 * Stage (d): moves each polygon vertex off the pixel-corner grid. Each polygon edge gets the
 * least-squares line through the sub-pixel edge points ({@link EdgePoints}) of the path steps it
 * spans. The paper fits the path vertices instead, which is all a binary bitmap offers, but those
 * put every axis-parallel edge on a traced-pixel boundary. A polygon vertex moves to the point
 * that minimizes the sum of squared distances to the lines of its two edges, constrained to the
 * unit square centred on its grid position (so it moves at most ½ px along each axis).
 */
final class VertexAdjustment {
    /** Half-size of the square a vertex may move in, in pixels. */
    static final double MAX_SHIFT_PX = 0.5;
    /** Weight of a tiny pull towards the grid position, so that parallel edges still pick a point. */
    private static final double REGULARIZATION = 1e-6;

    private VertexAdjustment() {
    }

    /**
     * Returns the adjusted vertices, relative to path vertex 0, in traced pixels.
     *
     * @param vertexSums sums over the path's vertices, which give the grid positions
     * @param edgeSums   sums over the path's edge points, step k's point being point k
     */
    static PointPx[] adjust(PathSums vertexSums, PathSums edgeSums, int[] polygon, int pathLength) {
        int m = polygon.length;
        double[][] lines = new double[m][];
        for (int k = 0; k < m; k++) {
            int i = polygon[k];
            int j = k + 1 < m ? polygon[k + 1] : pathLength;
            PointPx chord = vertexSums.vertex(j).minus(vertexSums.vertex(i));
            // The edge from vertex i to vertex j spans steps i..j-1.
            lines[k] = edgeSums.fitLine(i, j - 1, chord.x(), chord.y());
        }
        PointPx[] adjusted = new PointPx[m];
        for (int k = 0; k < m; k++) {
            double[] before = lines[(k - 1 + m) % m];
            double[] after = lines[k];
            adjusted[k] = closestPointInSquare(before, after, vertexSums.vertex(polygon[k]));
        }
        return adjusted;
    }

    /**
     * Minimizes f(p) = Σ (n·(p − c))² over the two lines, plus a tiny pull towards {@code grid},
     * inside the square of half-size {@link #MAX_SHIFT_PX} around {@code grid}.
     */
    private static PointPx closestPointInSquare(double[] line1, double[] line2, PointPx grid) {
        double[] quadratic = new double[6];
        addLine(quadratic, line1);
        addLine(quadratic, line2);
        quadratic[0] += REGULARIZATION;
        quadratic[2] += REGULARIZATION;
        quadratic[3] -= REGULARIZATION * grid.x();
        quadratic[4] -= REGULARIZATION * grid.y();
        double axx = quadratic[0];
        double axy = quadratic[1];
        double ayy = quadratic[2];
        double bx = quadratic[3];
        double by = quadratic[4];
        double det = axx * ayy - axy * axy;
        double px = (-bx * ayy + by * axy) / det;
        double py = (-by * axx + bx * axy) / det;
        double h = MAX_SHIFT_PX;
        if (Math.abs(px - grid.x()) <= h && Math.abs(py - grid.y()) <= h) {
            return new PointPx(px, py);
        }
        PointPx best = null;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int side = 0; side < 2; side++) {
            double xEdge = grid.x() + (side == 0 ? -h : h);
            double yOnEdge = clamp(-(axy * xEdge + by) / ayy, grid.y() - h, grid.y() + h);
            double yEdge = grid.y() + (side == 0 ? -h : h);
            double xOnEdge = clamp(-(axy * yEdge + bx) / axx, grid.x() - h, grid.x() + h);
            for (PointPx candidate : new PointPx[] {new PointPx(xEdge, yOnEdge), new PointPx(xOnEdge, yEdge)}) {
                double value = evaluate(quadratic, candidate);
                if (value < bestValue) {
                    bestValue = value;
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** Adds (n·p − n·c)² to the quadratic form {axx, axy, ayy, bx, by, c0} (f = pᵀAp + 2bᵀp + c0). */
    private static void addLine(double[] q, double[] line) {
        double nx = line[2];
        double ny = line[3];
        double offset = nx * line[0] + ny * line[1];
        q[0] += nx * nx;
        q[1] += nx * ny;
        q[2] += ny * ny;
        q[3] -= offset * nx;
        q[4] -= offset * ny;
        q[5] += offset * offset;
    }

    private static double evaluate(double[] q, PointPx p) {
        return q[0] * p.x() * p.x() + 2 * q[1] * p.x() * p.y() + q[2] * p.y() * p.y()
                + 2 * q[3] * p.x() + 2 * q[4] * p.y() + q[5];
    }

    private static double clamp(double value, double min, double max) {
        if (Double.isNaN(value)) {
            return (min + max) / 2;
        }
        return Math.max(min, Math.min(max, value));
    }
}
