package org.glyphgan.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Cu2QuTest {
    private static Point randomPoint(Random random) {
        return new Point(random.nextDouble() * 2000 - 1000, random.nextDouble() * 2000 - 1000);
    }

    private static Point cubicAt(Point p0, Segment.Cubic c, double t) {
        double u = 1 - t;
        return p0.times(u * u * u).plus(c.control1().times(3 * u * u * t))
                .plus(c.control2().times(3 * u * t * t)).plus(c.end().times(t * t * t));
    }

    private static Point quadAt(Point p0, Segment.Quad q, double t) {
        double u = 1 - t;
        return p0.times(u * u).plus(q.control().times(2 * u * t)).plus(q.end().times(t * t));
    }

    /** Largest distance from dense samples of the cubic to dense samples of the quadratic chain. */
    private static double maxDistance(Point p0, Segment.Cubic cubic, List<Segment> quads) {
        int n = quads.size();
        double worst = 0;
        Point start = p0;
        for (int k = 0; k < n; k++) {
            Segment.Quad quad = (Segment.Quad) quads.get(k);
            for (int s = 0; s <= 50; s++) {
                double t = s / 50.0;
                Point onCubic = cubicAt(p0, cubic, (k + t) / n);
                worst = Math.max(worst, onCubic.distance(quadAt(start, quad, t)));
            }
            start = quad.end();
        }
        return worst;
    }

    @Test
    void randomCubicsStayWithinTolerance() {
        Random random = new Random(20031);
        for (int trial = 0; trial < 3000; trial++) {
            Point p0 = randomPoint(random);
            Segment.Cubic cubic = new Segment.Cubic(randomPoint(random), randomPoint(random), randomPoint(random));
            double tolerance = 0.05 + random.nextDouble() * 5;
            List<Segment> quads = Cu2Qu.cubicToQuads(p0, cubic, tolerance);
            double distance = maxDistance(p0, cubic, quads);
            assertTrue(distance <= tolerance + 1e-9,
                    "trial " + trial + ": distance " + distance + " exceeds tolerance " + tolerance);
            assertEquals(cubic.end(), quads.get(quads.size() - 1).end());
        }
    }

    @Test
    void pieceCountIsSmallest() {
        Random random = new Random(7);
        for (int trial = 0; trial < 500; trial++) {
            Point p0 = randomPoint(random);
            Segment.Cubic cubic = new Segment.Cubic(randomPoint(random), randomPoint(random), randomPoint(random));
            double tolerance = 0.5 + random.nextDouble() * 2;
            int n = Cu2Qu.pieceCount(p0, cubic, tolerance);
            if (n > 1) {
                List<Segment> fewer = fixedSplit(p0, cubic, n - 1);
                assertTrue(maxDistance(p0, cubic, fewer) > tolerance * 0.99,
                        "trial " + trial + ": " + (n - 1) + " pieces would already fit within " + tolerance);
            }
        }
    }

    private static List<Segment> fixedSplit(Point p0, Segment.Cubic cubic, int n) {
        List<Segment> quads = new java.util.ArrayList<>();
        for (int k = 0; k < n; k++) {
            Point[] piece = Cu2Qu.subCubic(p0, cubic, (double) k / n, (double) (k + 1) / n);
            Point control = piece[1].plus(piece[2]).times(0.75).minus(piece[0].plus(piece[3]).times(0.25));
            quads.add(new Segment.Quad(control, piece[3]));
        }
        return quads;
    }

    @Test
    void outlineKeepsLinesAndDropsCubics() {
        Contour contour = new Contour(new Point(0, 0), List.of(
                new Segment.Line(new Point(100, 0)),
                new Segment.Cubic(new Point(150, 50), new Point(150, 150), new Point(100, 200)),
                new Segment.Line(new Point(0, 0))));
        GlyphOutline quadratic = Cu2Qu.toQuadratic(new GlyphOutline(List.of(contour)), 1.0);
        List<Segment> segments = quadratic.contours().get(0).segments();
        assertTrue(segments.get(0) instanceof Segment.Line);
        assertTrue(segments.get(segments.size() - 1) instanceof Segment.Line);
        for (Segment segment : segments) {
            assertTrue(!(segment instanceof Segment.Cubic), "cubic left in output: " + segment);
        }
        double before = Contours.signedArea(contour);
        double after = Contours.signedArea(quadratic.contours().get(0));
        assertEquals(before, after, Math.abs(before) * 0.01);
    }
}
