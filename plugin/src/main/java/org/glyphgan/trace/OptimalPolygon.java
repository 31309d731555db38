package org.glyphgan.trace;

/**
 * Stage (c): the optimal polygon of a boundary path. A segment from path vertex i to j is
 * allowed when the path from i - 1 to j + 1 is straight: its steps do not use all four
 * directions and the line from its first vertex towards its last passes within
 * {@link #STRAIGHT_BOX_HALF_SIZE_PX} (max-norm) of every vertex between. Among the polygons made
 * of allowed segments, the one with fewest segments wins. Ties go to the smallest sum of
 * penalties, where a segment's penalty is its length times the root-mean-square distance of
 * the path vertices it spans from its line.
 */
final class OptimalPolygon {
    /**
     * Half-size of the box around each vertex that a straight line from the subpath's first
     * vertex must cross, in pixels. A line within ½ px of every vertex exists when the parallel
     * line through the first vertex passes within 1 px of each, hence 1 rather than ½. Values
     * below 1 would also reject the sides of an exact rectangle, and the run-wise walk in
     * {@link #farthestFrom} relies on a value of at least 1.
     */
    static final double STRAIGHT_BOX_HALF_SIZE_PX = 1.0;

    private OptimalPolygon() {
    }

    /**
     * Returns the polygon's vertices as increasing path indices, starting with 0.
     * NOTE: the polygon is forced through path vertex 0, the top-left corner of the path's first
     * pixel and so an extreme point. A polygon free to start anywhere may need one segment fewer.
     */
    static int[] vertexIndices(BoundaryPath path, PathSums sums) {
        int n = path.length();
        int[] farthest = farthestStraight(path);
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
                if (c > count[j]) {
                    continue;
                }
                double p = penalty[i] + sums.segmentPenalty(i, j);
                if (c < count[j] || (c == count[j] && p < penalty[j])) {
                    count[j] = c;
                    penalty[j] = p;
                    previous[j] = i;
                }
            }
        }
        int[] vertices = new int[count[n]];
        int k = count[n];
        for (int j = n; j > 0; j = previous[j]) {
            vertices[--k] = previous[j];
        }
        return vertices;
    }

    /** For each start vertex s, the largest L such that the path from s to s + L is straight. */
    static int[] farthestStraight(BoundaryPath path) {
        int n = path.length();
        int[] direction = new int[n];
        for (int k = 0; k < n; k++) {
            int next = k + 1 == n ? 0 : k + 1;
            direction[k] = directionBit(path.x()[next] - path.x()[k], path.y()[next] - path.y()[k]);
        }
        int[] runLength = runLengths(direction);
        int[] farthest = new int[n];
        for (int s = 0; s < n; s++) {
            farthest[s] = farthestFrom(path, direction, runLength, s);
        }
        return farthest;
    }

    /** For each step k, how many consecutive steps from k (cyclically) go the same direction. */
    private static int[] runLengths(int[] direction) {
        int n = direction.length;
        int change = 0;
        while (direction[change] == direction[(change + 1) % n]) {
            change++;
        }
        int[] runLength = new int[n];
        runLength[change] = 1;
        for (int i = 1; i < n; i++) {
            int k = ((change - i) % n + n) % n;
            int next = (k + 1) % n;
            runLength[k] = direction[k] == direction[next] ? runLength[next] + 1 : 1;
        }
        return runLength;
    }

    /**
     * Walks forward from {@code s} one run of equal steps at a time. Checking only the last
     * vertex of each run is exact because the box half-size is at least one step. A ray that
     * crosses the boxes around a run's first and last vertices crosses the boxes of the vertices
     * between. The ray towards the last vertex always crosses the box around the one before.
     * Only a run whose last vertex fails is walked vertex by vertex.
     */
    private static int farthestFrom(BoundaryPath path, int[] direction, int[] runLength, int s) {
        int n = path.length();
        int[] xs = path.x();
        int[] ys = path.y();
        Cone cone = new Cone();
        int directions = 0;
        int offset = 0;
        while (offset < n - 1) {
            int k = s + offset < n ? s + offset : s + offset - n;
            directions |= direction[k];
            if (directions == 0b1111) {
                return offset;
            }
            int end = offset + Math.min(runLength[k], n - 1 - offset);
            int vertex = (s + end) % n;
            double cx = xs[vertex] - xs[s];
            double cy = ys[vertex] - ys[s];
            if (!cone.contains(cx, cy)) {
                return lastInsideRun(path, s, offset, end, cone);
            }
            cone.addBox(cx, cy);
            offset = end;
        }
        return offset;
    }

    /**
     * Finds the last vertex of a run whose direction lies in {@code cone}, the cone before the
     * run. Boxes added inside the run need no update: the ray towards a vertex crosses the box
     * of the vertex before it, and the box of the run's first vertex is already in the cone.
     * Directions along a straight run turn monotonically, so the vertices inside the convex
     * cone form a prefix of the run and a binary search finds its end.
     */
    private static int lastInsideRun(BoundaryPath path, int s, int offset, int end, Cone cone) {
        int n = path.length();
        int inside = offset;
        int outside = end;
        while (outside - inside > 1) {
            int middle = (inside + outside) >>> 1;
            int vertex = (s + middle) % n;
            if (cone.contains(path.x()[vertex] - path.x()[s], path.y()[vertex] - path.y()[s])) {
                inside = middle;
            } else {
                outside = middle;
            }
        }
        return inside;
    }

    /**
     * The directions from a subpath's first vertex that cross the box around every vertex added
     * so far. (rx, ry) bounds it clockwise and (lx, ly) counter-clockwise. The cone is unbounded
     * until a box that excludes the first vertex is added.
     */
    private static final class Cone {
        private boolean bounded;
        private double rx;
        private double ry;
        private double lx;
        private double ly;

        boolean contains(double cx, double cy) {
            return !bounded || (rx * cy - ry * cx >= 0 && lx * cy - ly * cx <= 0);
        }

        void addBox(double cx, double cy) {
            double h = STRAIGHT_BOX_HALF_SIZE_PX;
            if (Math.max(Math.abs(cx), Math.abs(cy)) <= h) {
                return;
            }
            // The box does not contain the first vertex, so its corners span less than a half
            // turn and cross products order them.
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
                return;
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
