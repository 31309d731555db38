package org.glyphgan.trace;

/**
 * Sub-pixel edge points of a boundary path, one per step. Step k, from vertex k to k + 1,
 * separates an ink pixel from a paper pixel of the traced bitmap; its edge point is where the
 * interpolated ink crosses the threshold on the segment between those two pixels' centres.
 * Thresholding alone only says on which side of each traced pixel centre that crossing lies.
 * The points let {@link VertexAdjustment} place an axis-parallel edge between pixel centres,
 * where the path's vertices all sit on the one grid line.
 */
final class EdgePoints {
    private EdgePoints() {
    }

    /** Returns sums over the edge points of {@code path}, relative to its vertex 0. */
    static PathSums of(BoundaryPath path, InkField field, double threshold) {
        int n = path.length();
        int[] xs = path.x();
        int[] ys = path.y();
        double[] pointX = new double[n];
        double[] pointY = new double[n];
        for (int k = 0; k < n; k++) {
            int next = k + 1 == n ? 0 : k + 1;
            int dx = xs[next] - xs[k];
            int dy = ys[next] - ys[k];
            double midX = xs[k] + dx / 2.0;
            double midY = ys[k] + dy / 2.0;
            // The pixel centres on either side of the step lie ½ px along its normal (dy, -dx).
            double ax = midX - dy / 2.0;
            double ay = midY + dx / 2.0;
            double bx = midX + dy / 2.0;
            double by = midY - dx / 2.0;
            double t = field.crossing(ax, ay, bx, by, threshold);
            pointX[k] = ax + (bx - ax) * t - xs[0];
            pointY[k] = ay + (by - ay) * t - ys[0];
        }
        return new PathSums(pointX, pointY);
    }
}
