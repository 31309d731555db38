package org.glyphgan.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.Test;

/** Faint candidates get their ink divided by the darkest pixel; blank and normal ones stay. */
class FaintGlyphTest {

    private static GrayBitmap stroke(float peak) {
        GrayBitmap bitmap = GrayBitmap.blank(8, 8);
        for (int x = 1; x < 7; x++) {
            bitmap.set(x, 4, peak);
            bitmap.set(x, 3, peak / 2);
        }
        return bitmap;
    }

    @Test
    void faintStrokeStretchedToFullInk() {
        GrayBitmap stretched = GlyphDrawer.stretchFaint('_', stroke(0.3f));
        assertEquals(1f, stretched.get(3, 4), 1e-6f);
        assertEquals(0.5f, stretched.get(3, 3), 1e-6f);
        assertEquals(0f, stretched.get(0, 0), 1e-6f);
    }

    @Test
    void normalGlyphUnchanged() {
        GrayBitmap bitmap = stroke(0.8f);
        assertSame(bitmap, GlyphDrawer.stretchFaint('_', bitmap));
    }

    @Test
    void nearlyBlankGlyphUnchanged() {
        GrayBitmap bitmap = stroke(GlyphDrawer.FAINT_MIN_PEAK / 2);
        assertSame(bitmap, GlyphDrawer.stretchFaint('_', bitmap));
    }
}
