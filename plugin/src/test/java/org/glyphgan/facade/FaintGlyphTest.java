package org.glyphgan.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.Test;

/**
 * Faint candidates get their ink divided by the darkest pixel, while blank and normal ones stay.
 * Candidates with a sliver of the base glyph's ink count as erased.
 */
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

    @Test
    void erasedShareOfContentInk() {
        GrayBitmap content = stroke(1f);
        GrayBitmap speck = GrayBitmap.blank(8, 8);
        speck.set(3, 4, 0.2f);
        assertEquals("its ink is 2.2 % of the base font glyph's, under the 5 % that every training glyph has"
                + " (an erased glyph)", GlyphDrawer.erasedProblem(speck, Optional.of(content)));
        assertNull(GlyphDrawer.erasedProblem(stroke(0.1f), Optional.of(content)));
        assertNull(GlyphDrawer.erasedProblem(speck, Optional.empty()));
        assertNull(GlyphDrawer.erasedProblem(speck, Optional.of(GrayBitmap.blank(8, 8))));
    }
}
