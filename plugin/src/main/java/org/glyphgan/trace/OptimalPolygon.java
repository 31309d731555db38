package org.glyphgan.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage (c): the optimal polygon of a boundary path. A segment from path vertex i to j is
 * allowed when the path from i - 1 to j + 1 is straight: its steps do not use all four
 * directions and the line from its first vertex towards its last passes within
 * {@link #STRAIGHT_BOX_HALF_SIZE_PX} (max-norm) of every vertex between. Among the polygons made
 * of allowed segments, the one with fewest segments wins; ties go to the smallest sum of
 * penalties, a segment's penalty being its length times the root-mean-square distance of the
 * path vertices it spans from it.
 */
final class OptimalPolygon {
    /**
     * Half-size of the box around each vertex that a straight line from the subpath's first
     * vertex must cross, in pixels. A line within ½ px of every vertex exists when the parallel
     * line through the first vertex passes within 1 px of each, hence 1 rather than ½.
     */
    static final double STRAIGHT_BOX_HALF_SIZE_PX = 1.0;

    private OptimalPolygon() {
    }

    /**
     * Returns the polygon's vertices as increasing path indices, starting with 0.
     * NOTE: the polygon is forced through path vertex 0 (the top-left corner of the path's first
     * pixel, always an extreme point); a polygon free to start anywhere may need one segment fewer.
     */
    static int[] vertexIndices(BoundaryPath path) {
        int n = path.length();
        int[] farthest = farthestStraight(path);
        PathSums sums = new PathSums(path);
        int[] count = new int[n + 1];
        double[] penalty = new double[n + 1];
        int[] previous = new int[n + 1];
        java.util.Arrays.fill(count, Integer.MAX_VALUE);
        count[0] = 0;
        for (int i = 0; i < n; i++) {
            if (count[i] == Integer.MAX_VALUE) {
                continue;
            }
            int maxLength = Math.min(n - 3, farthest[(i - 1 + n) % n] - 2);
            maxLength = Math.max(1, maxLength);
            int last = Math.min(n, i + maxLength);
            for (int j = i + 1; j <= last; j++) {
                int c = count[i] + 1;
                double p = penalty[i] + sums.segmentPenalty(i, j);
                if (c < count[j] || (c == count[j] && p < penalty[j])) {
                    count[j] = c;
                    penalty[j] = p;
                    previous[j] = i;
                }
            }
        }
        List<Integer> vertices = new ArrayList<>();
        for (int j = previous[n]; j > 0; j = previous[j]) {
            vertices.add(0, j);
        }
        vertices.add(0, 0);
        return vertices.stream().mapToInt(Integer::intValue).toArray();
    }

    /** For each start vertex s, the largest L such that the path from s to s + L is straight. */
    static int[] farthestStraight(BoundaryPath path) {
        int n = path.length();
        int[] farthest = new int[n];
        for (int s = 0; s < n; s++) {
            farthest[s] = farthestFrom(path, s);
        }
        return farthest;
    }

    /**
     * Walks forward from {@code s}, keeping the cone of directions from vertex s that cross the
     * box around every vertex seen so far: (rx, ry) bounds it clockwise, (lx, ly) counter-clockwise.
     */
    private static int farthestFrom(BoundaryPath path, int s) {
        int n = path.length();
        int[] xs = path.x();
        int[] ys = path.y();
        double h = STRAIGHT_BOX_HALF_SIZE_PX;
        int directions = 0;
        boolean bounded = false;
        double rx = 0;
        double ry = 0;
        double lx = 0;
        double ly = 0;
        int best = 0;
        for (int length = 1; length < n; length++) {
            int k = s + length < n ? s + length : s + length - n;
            int km1 = k == 0 ? n - 1 : k - 1;
            directions |= directionBit(xs[k] - xs[km1], ys[k] - ys[km1]);
            if (directions == 0b1111) {
                break;
            }
            double cx = xs[k] - xs[s];
            double cy = ys[k] - ys[s];
            if (bounded && (rx * cy - ry * cx < 0 || lx * cy - ly * cx > 0)) {
                break;
            }
            best = length;
            if (Math.max(Math.abs(cx), Math.abs(cy)) <= h) {
                continue;
            }
            // The box does not contain vertex s, so its corners span less than a half turn and
            // cross products order them.
            double boxRx = cx - h;
            double boxRy = cy - h;
            double boxLx = boxRx;
            double boxLy = boxRy;
            for (int corner = 1; corner < 4; corner++) {
                double qx = cx + ((corner & 1) == 0 ? -h : h);
                double qy = cy + ((corner & 2) == 0 ? -h : h);
                if (boxRx * qy - boxRy * qx < 0) {
                    boxRx = qx;
                    boxRy = qy;
                }
                if (boxLx * qy - boxLy * qx > 0) {
                    boxLx = qx;
                    boxLy = qy;
                }
            }
            if (!bounded) {
                rx = boxRx;
                ry = boxRy;
                lx = boxLx;
                ly = boxLy;
                bounded = true;
                continue;
            }
            if (rx * boxRy - ry * boxRx > 0) {
                rx = boxRx;
                ry = boxRy;
            }
            if (lx * boxLy - ly * boxLx < 0) {
                lx = boxLx;
                ly = boxLy;
            }
        }
        return best;
    }

    private static int directionBit(int dx, int dy) {
        if (dx > 0) {
            return 1;
        } else if (dx < 0) {
            return 2;
        } else if (dy > 0) {
            return 4;
        }
        return 8;
    }
}
