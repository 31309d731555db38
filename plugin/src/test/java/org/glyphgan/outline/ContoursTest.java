package org.glyphgan.outline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.Test;

class ContoursTest {
    /** A 100-unit square, clockwise in y-up space (an outer contour). */
    private static Contour clockwiseSquare() {
        return new Contour(new Point(0, 0), List.of(
                new Segment.Line(new Point(0, 100)),
                new Segment.Line(new Point(100, 100)),
                new Segment.Line(new Point(100, 0)),
                new Segment.Line(new Point(0, 0))));
    }

    @Test
    void clockwiseSquareHasNegativeArea() {
        assertEquals(-10000, Contours.signedArea(clockwiseSquare()), 1e-9);
    }

    @Test
    void reverseFlipsAreaSign() {
        Contour curved = new Contour(new Point(0, 0), List.of(
                new Segment.Cubic(new Point(0, 50), new Point(50, 100), new Point(100, 100)),
                new Segment.Quad(new Point(100, 0), new Point(0, 0))));
        double area = Contours.signedArea(curved);
        Contour reversed = Contours.reverse(curved);
        assertEquals(-area, Contours.signedArea(reversed), 1e-9);
        assertEquals(curved.start(), reversed.start());
        assertEquals(curved.start(), reversed.segments().get(reversed.segments().size() - 1).end());
    }

    @Test
    void rasterizedSquareCoversItsPixels() {
        EmBox box = EmBox.ofSize(20);
        int unitsPerEm = 1000;
        double unitsPerPx = unitsPerEm / box.pxPerEm();
        // Pixels 5..14 in x, and rows 2..11 from the top, as font units.
        double left = 5 * unitsPerPx;
        double top = box.pxToY(2, unitsPerEm);
        double bottom = box.pxToY(12, unitsPerEm);
        Contour square = new Contour(new Point(left, bottom), List.of(
                new Segment.Line(new Point(left, top)),
                new Segment.Line(new Point(left + 10 * unitsPerPx, top)),
                new Segment.Line(new Point(left + 10 * unitsPerPx, bottom)),
                new Segment.Line(new Point(left, bottom))));
        GrayBitmap rendered = OutlineRasterizer.render(new GlyphOutline(List.of(square)), box, unitsPerEm, 0);
        GrayBitmap expected = GrayBitmap.blank(20, 20);
        for (int y = 2; y < 12; y++) {
            for (int x = 5; x < 15; x++) {
                expected.set(x, y, 1f);
            }
        }
        assertEquals(1.0, OutlineRasterizer.inkIou(expected, rendered, 0.5), 1e-9);
        assertEquals(0.25, rendered.inkFraction(), 0.01);
    }
}
