package org.glyphgan.trace;

/**
 * Stage (e): corner detection and Bézier smoothing. Each polygon vertex becomes one piece
 * between the midpoints of its two edges. Its smoothing parameter alpha sets how far the
 * control points lie towards the vertex; alpha is chosen so that the curve just reaches a small
 * square around the vertex (the polygon vertex is only known to about that precision): with d
 * the vertex's distance from the chord between the midpoints and h the square's half-extent
 * along the chord's normal, the curve's apex lies at 3α/4 · d from the chord, so α = 4/3 · (d − h)/d.
 * A vertex with alpha above {@code alphaMax} is a corner; otherwise alpha is clamped to
 * [0.55, 1] so curves neither flatten into corners nor overshoot.
 */
final class Smoothing {
    static final double MIN_ALPHA = 0.55;
    static final double MAX_CURVE_ALPHA = 1.0;
    /**
     * Half-size of the square around a vertex that the curve must reach, in traced pixels. The
     * geometric argument suggests ½ px; 0.42 px was measured with {@link TraceBenchmark} to
     * recover the corners that bilinear upsampling rounds off (round-trip IoU 0.9762 against
     * 0.9739 at ½ px on eight fonts), at the price of about twice as many corners as potrace.
     */
    static final double VERTEX_SQUARE_HALF_SIZE_PX = 0.42;

    private Smoothing() {
    }

    static CurvePiece[] smooth(PointPx[] vertices, double alphaMax) {
        int m = vertices.length;
        CurvePiece[] pieces = new CurvePiece[m];
        for (int k = 0; k < m; k++) {
            PointPx previous = vertices[(k - 1 + m) % m];
            PointPx vertex = vertices[k];
            PointPx next = vertices[(k + 1) % m];
            PointPx start = previous.lerp(vertex, 0.5);
            PointPx end = vertex.lerp(next, 0.5);
            double alpha = alpha(start, vertex, end);
            if (alpha > alphaMax) {
                pieces[k] = new CurvePiece(true, vertex, vertex, vertex, end, alpha);
            } else {
                alpha = Math.max(MIN_ALPHA, Math.min(MAX_CURVE_ALPHA, alpha));
                PointPx control1 = start.lerp(vertex, alpha);
                PointPx control2 = end.lerp(vertex, alpha);
                pieces[k] = new CurvePiece(false, vertex, control1, control2, end, alpha);
            }
        }
        return pieces;
    }

    static double alpha(PointPx start, PointPx vertex, PointPx end) {
        PointPx chord = end.minus(start);
        double chordLength = chord.length();
        if (chordLength < 1e-12) {
            return 4.0 / 3.0;
        }
        double nx = -chord.y() / chordLength;
        double ny = chord.x() / chordLength;
        double distance = Math.abs(chord.cross(vertex.minus(start))) / chordLength;
        double halfExtent = VERTEX_SQUARE_HALF_SIZE_PX * (Math.abs(nx) + Math.abs(ny));
        if (distance <= halfExtent) {
            return 0;
        }
        return 4.0 / 3.0 * (distance - halfExtent) / distance;
    }
}
