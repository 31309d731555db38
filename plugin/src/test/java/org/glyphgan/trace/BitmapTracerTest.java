package org.glyphgan.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.glyphgan.outline.Contour;
import org.glyphgan.outline.Contours;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.OutlineRasterizer;
import org.glyphgan.outline.Point;
import org.glyphgan.outline.Segment;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.Test;

class BitmapTracerTest {
    private static final EmBox BOX = EmBox.ofSize(32);
    private static final FontSpaceMapping MAPPING = new FontSpaceMapping(BOX, 1000, 0);
    private static final TraceParameters EXACT = TraceParameters.DEFAULTS.withUpsampleFactor(1).withTurdSizePx2(0);

    private static GrayBitmap bitmap(String... rows) {
        GrayBitmap bitmap = GrayBitmap.blank(BOX.sizePx(), BOX.sizePx());
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < rows[y].length(); x++) {
                if (rows[y].charAt(x) == '#') {
                    bitmap.set(x + 4, y + 4, 1f);
                }
            }
        }
        return bitmap;
    }

    private static GrayBitmap filledRect(int x0, int y0, int x1, int y1) {
        GrayBitmap bitmap = GrayBitmap.blank(BOX.sizePx(), BOX.sizePx());
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                bitmap.set(x, y, 1f);
            }
        }
        return bitmap;
    }

    @Test
    void emptyBitmapGivesEmptyOutline() {
        GlyphOutline outline = new BitmapTracer(TraceParameters.DEFAULTS).trace(GrayBitmap.blank(32, 32), MAPPING);
        assertTrue(outline.isEmpty());
    }

    @Test
    void singlePixelGivesOneSmallOuterContour() {
        GlyphOutline outline = new BitmapTracer(EXACT).trace(bitmap("#"), MAPPING);
        assertEquals(1, outline.contours().size());
        double pixelAreaUnits2 = Math.pow(1000 / BOX.pxPerEm(), 2);
        double area = Contours.signedArea(outline.contours().get(0));
        assertTrue(area < 0, "outer contour must be clockwise (negative area), got " + area);
        assertTrue(-area > 0.5 * pixelAreaUnits2, "single pixel area " + -area + " units² vs pixel " + pixelAreaUnits2);
        assertTrue(-area < 1.2 * pixelAreaUnits2, "single pixel area " + -area + " units² vs pixel " + pixelAreaUnits2);
    }

    @Test
    void singlePixelBelowTurdSizeIsDropped() {
        GlyphOutline outline = new BitmapTracer(TraceParameters.DEFAULTS.withUpsampleFactor(1)).trace(bitmap("#"), MAPPING);
        assertTrue(outline.isEmpty());
    }

    @Test
    void filledSquareHasFourCorners() {
        GlyphOutline outline = new BitmapTracer(EXACT).trace(filledRect(6, 6, 26, 26), MAPPING);
        assertEquals(1, outline.contours().size());
        Contour contour = outline.contours().get(0);
        Set<Point> corners = new HashSet<>();
        Point previous = contour.start();
        for (Segment segment : contour.segments()) {
            assertTrue(segment instanceof Segment.Line, "square edges must be lines, got " + segment);
            corners.add(segment.end());
            previous = segment.end();
        }
        assertEquals(contour.start(), previous);
        double unitsPerPx = 1000 / BOX.pxPerEm();
        Point topLeft = MAPPING.toFontUnits(6, 6);
        Point bottomRight = MAPPING.toFontUnits(26, 26);
        int cornerCount = 0;
        for (Point p : corners) {
            boolean atX = Math.abs(p.x() - topLeft.x()) < 1e-6 || Math.abs(p.x() - bottomRight.x()) < 1e-6;
            boolean atY = Math.abs(p.y() - topLeft.y()) < 1e-6 || Math.abs(p.y() - bottomRight.y()) < 1e-6;
            if (atX && atY) {
                cornerCount++;
            }
        }
        assertEquals(4, cornerCount, "corners at the square's corners, found " + corners);
        assertEquals(-400 * unitsPerPx * unitsPerPx, Contours.signedArea(contour), 1e-6);
    }

    @Test
    void ringGivesOuterAndHoleWithOppositeWinding() {
        GrayBitmap ring = filledRect(4, 4, 28, 28);
        for (int y = 10; y < 22; y++) {
            for (int x = 10; x < 22; x++) {
                ring.set(x, y, 0f);
            }
        }
        GlyphOutline outline = new BitmapTracer(TraceParameters.DEFAULTS).trace(ring, MAPPING);
        assertEquals(2, outline.contours().size());
        double first = Contours.signedArea(outline.contours().get(0));
        double second = Contours.signedArea(outline.contours().get(1));
        assertTrue(first < 0, "outer contour must be clockwise, area " + first);
        assertTrue(second > 0, "hole must be counter-clockwise, area " + second);
        double unitsPerPx = 1000 / BOX.pxPerEm();
        double expected = (24 * 24 - 12 * 12) * unitsPerPx * unitsPerPx;
        assertEquals(expected, -(first + second), 0.02 * expected);
    }

    @Test
    void touchingDiagonalsFollowTurnPolicy() {
        GrayBitmap diagonal = bitmap(
                "##  ",
                "##  ",
                "  ##",
                "  ##");
        int connected = new BitmapTracer(EXACT.withTurnPolicy(TurnPolicy.BLACK)).trace(diagonal, MAPPING).contours().size();
        int separated = new BitmapTracer(EXACT.withTurnPolicy(TurnPolicy.WHITE)).trace(diagonal, MAPPING).contours().size();
        int minority = new BitmapTracer(EXACT.withTurnPolicy(TurnPolicy.MINORITY)).trace(diagonal, MAPPING).contours().size();
        int majority = new BitmapTracer(EXACT.withTurnPolicy(TurnPolicy.MAJORITY)).trace(diagonal, MAPPING).contours().size();
        assertEquals(1, connected);
        assertEquals(2, separated);
        assertEquals(1, minority, "ink is the minority around the touch point, so it is connected");
        assertEquals(2, majority);
    }

    @Test
    void touchingDiagonalHolesFollowTurnPolicy() {
        GrayBitmap inverted = filledRect(2, 2, 30, 30);
        for (int[] p : new int[][] {{10, 10}, {11, 10}, {10, 11}, {11, 11}, {12, 12}, {13, 12}, {12, 13}, {13, 13}}) {
            inverted.set(p[0], p[1], 0f);
        }
        int paperConnected = new BitmapTracer(EXACT.withTurnPolicy(TurnPolicy.WHITE)).trace(inverted, MAPPING).contours().size();
        int inkConnected = new BitmapTracer(EXACT.withTurnPolicy(TurnPolicy.BLACK)).trace(inverted, MAPPING).contours().size();
        int minority = new BitmapTracer(EXACT.withTurnPolicy(TurnPolicy.MINORITY)).trace(inverted, MAPPING).contours().size();
        assertEquals(2, paperConnected, "one outer contour and one joined hole");
        assertEquals(3, inkConnected, "one outer contour and two separate holes");
        assertEquals(2, minority, "paper is the minority around the touch point, so the holes join");
    }

    /**
     * A stem whose left edge column has partial coverage c has its true edge c px left of the
     * full column. Thresholded on the 4× grid alone, coverage just above ½ puts the traced edge
     * on the column's centre, which renders back below ½.
     */
    @Test
    void partialEdgeColumnKeepsItsSubPixelPosition() {
        for (float coverage : new float[] {0.3f, 0.48f, 0.52f, 0.56f, 0.7f}) {
            GrayBitmap bitmap = filledRect(8, 6, 20, 26);
            for (int y = 6; y < 26; y++) {
                bitmap.set(7, y, coverage);
            }
            GlyphOutline outline = new BitmapTracer(TraceParameters.DEFAULTS).trace(bitmap, MAPPING);
            double leftPx = Double.POSITIVE_INFINITY;
            for (Contour contour : outline.contours()) {
                for (Segment segment : contour.segments()) {
                    leftPx = Math.min(leftPx, MAPPING.xToPx(segment.end().x()));
                }
            }
            assertEquals(8 - coverage, leftPx, 0.1, "left edge for edge-column coverage " + coverage);
            float renderedInk = OutlineRasterizer.render(outline, BOX, 1000, 0).ink()[16 * BOX.sizePx() + 7];
            assertEquals(coverage >= 0.5f, renderedInk >= 0.5f,
                    "edge column with coverage " + coverage + " rendered back at " + renderedInk);
        }
    }

    @Test
    void glyphTouchingEdgeStaysInsideImage() {
        GrayBitmap full = filledRect(0, 0, 32, 32);
        GlyphOutline outline = new BitmapTracer(TraceParameters.DEFAULTS).trace(full, MAPPING);
        assertEquals(1, outline.contours().size());
        java.awt.geom.Rectangle2D bounds = outline.toPath().getBounds2D();
        Point topLeft = MAPPING.toFontUnits(0, 0);
        Point bottomRight = MAPPING.toFontUnits(32, 32);
        double unitsPerPx = 1000 / BOX.pxPerEm();
        assertEquals(topLeft.x(), bounds.getMinX(), 0.3 * unitsPerPx);
        assertEquals(bottomRight.x(), bounds.getMaxX(), 0.3 * unitsPerPx);
        assertEquals(bottomRight.y(), bounds.getMinY(), 0.3 * unitsPerPx);
        assertEquals(topLeft.y(), bounds.getMaxY(), 0.3 * unitsPerPx);
        assertTrue(Contours.signedArea(outline) < 0);
    }

    @Test
    void contoursAreClosed() {
        GrayBitmap ring = filledRect(4, 4, 28, 28);
        ring.set(15, 15, 0f);
        GlyphOutline outline = new BitmapTracer(EXACT).trace(ring, MAPPING);
        for (Contour contour : outline.contours()) {
            Segment last = contour.segments().get(contour.segments().size() - 1);
            assertEquals(contour.start(), last.end());
        }
    }
}
