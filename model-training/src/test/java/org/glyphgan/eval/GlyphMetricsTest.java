package org.glyphgan.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.Test;

class GlyphMetricsTest {
    @Test
    void l1OfKnownArrays() {
        GrayBitmap a = Bitmaps.of(2, 2, 0f, 0.5f, 1f, 0.25f);
        GrayBitmap b = Bitmaps.of(2, 2, 1f, 0.5f, 0f, 0.75f);
        // |0-1| + |0.5-0.5| + |1-0| + |0.25-0.75| = 2.5 over 4 pixels.
        assertEquals(0.625, GlyphMetrics.l1(a, b), 1e-9);
        assertEquals(0.625, GlyphMetrics.l1(b, a), 1e-9);
        assertEquals(0.0, GlyphMetrics.l1(a, a), 0.0);
    }

    @Test
    void l1RejectsDifferentSizes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> GlyphMetrics.l1(GrayBitmap.blank(2, 2), GrayBitmap.blank(3, 2)));
        assertTrue(error.getMessage().contains("3x2"), error.getMessage());
    }

    @Test
    void iouOfIdenticalShapes() {
        GrayBitmap square = Bitmaps.rectangle(8, 8, 2, 2, 6, 6);
        assertEquals(1.0, GlyphMetrics.inkIoU(square, square.copy()), 0.0);
    }

    @Test
    void iouOfDisjointShapes() {
        GrayBitmap left = Bitmaps.rectangle(8, 8, 0, 0, 3, 8);
        GrayBitmap right = Bitmaps.rectangle(8, 8, 5, 0, 8, 8);
        assertEquals(0.0, GlyphMetrics.inkIoU(left, right), 0.0);
    }

    @Test
    void iouOfHalfOverlappingShapes() {
        // Two 4x4 squares sharing a 2x4 strip: intersection 8, union 16 + 16 - 8 = 24.
        GrayBitmap a = Bitmaps.rectangle(8, 8, 0, 0, 4, 4);
        GrayBitmap b = Bitmaps.rectangle(8, 8, 2, 0, 6, 4);
        assertEquals(8.0 / 24.0, GlyphMetrics.inkIoU(a, b), 1e-12);
    }

    @Test
    void iouThresholdsAtHalfInk() {
        GrayBitmap a = Bitmaps.of(2, 1, 0.5f, 0.49f);
        GrayBitmap b = Bitmaps.of(2, 1, 1f, 1f);
        // Only the first pixel of a is ink: intersection 1, union 2.
        assertEquals(0.5, GlyphMetrics.inkIoU(a, b), 1e-12);
    }

    @Test
    void iouOfTwoBlankGlyphsIsOne() {
        assertEquals(1.0, GlyphMetrics.inkIoU(GrayBitmap.blank(4, 4), GrayBitmap.blank(4, 4)), 0.0);
    }

    @Test
    void blankAndBrokenFlags() {
        // 10x10 = 100 pixels: 0 ink is blank, 1 ink pixel (1 %) is fine, 61 ink pixels is broken.
        GrayBitmap empty = GrayBitmap.blank(10, 10);
        GrayBitmap onePixel = Bitmaps.rectangle(10, 10, 0, 0, 1, 1);
        GrayBitmap sixtyPercent = Bitmaps.rectangle(10, 10, 0, 0, 10, 6);
        GrayBitmap mostlyInk = Bitmaps.rectangle(10, 10, 0, 0, 10, 6);
        mostlyInk.set(0, 9, 1f);

        assertEquals(0.01, GlyphMetrics.inkFraction(onePixel), 1e-9);
        assertTrue(GlyphMetrics.isBlank(empty));
        assertTrue(GlyphMetrics.isBlankOrBroken(empty));
        assertFalse(GlyphMetrics.isBlank(onePixel));
        assertFalse(GlyphMetrics.isBlankOrBroken(onePixel));
        assertFalse(GlyphMetrics.isBroken(sixtyPercent));
        assertTrue(GlyphMetrics.isBroken(mostlyInk));
        assertTrue(GlyphMetrics.isBlankOrBroken(mostlyInk));
    }
}
