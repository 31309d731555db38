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

    /** Draws a 64 px bitmap with a horizontal bar of {@code lengthPx} × 3 pixels at {@code ink}. */
    private static GrayBitmap bar(int lengthPx, float ink) {
        GrayBitmap bitmap = GrayBitmap.blank(64, 64);
        for (int x = 10; x < 10 + lengthPx; x++) {
            for (int y = 50; y < 53; y++) {
                bitmap.set(x, y, ink);
            }
        }
        return bitmap;
    }

    private static String erased(GrayBitmap drawn, Optional<GrayBitmap> content) {
        return GlyphDrawer.erasedProblem(drawn, GlyphDrawer.stretchFaint('_', drawn), content);
    }

    @Test
    void speckIsErased() {
        GrayBitmap speck = GrayBitmap.blank(64, 64);
        speck.set(30, 51, 0.2f);
        assertEquals("its ink is 0.2 % of the base font glyph's and 0.02 % of the bitmap after contrast stretching,"
                + " under the 5 % that every training glyph has (an erased glyph)",
                erased(speck, Optional.of(bar(40, 1f))));
    }

    @Test
    void faintWholeStrokeIsNotErased() {
        assertNull(erased(bar(40, 0.2f), Optional.of(bar(40, 1f))));
    }

    @Test
    void faintShortStrokeStretchedAboveBlankLine() {
        // 4 % of the base glyph's ink as drawn, but 0.73 % of the bitmap once stretched to full ink.
        GrayBitmap shortFaint = bar(10, 0.16f);
        assertEquals(0.04, shortFaint.inkFraction() / bar(40, 1f).inkFraction(), 1e-6);
        assertNull(erased(shortFaint, Optional.of(bar(40, 1f))));
    }

    @Test
    void withoutBaseGlyphNothingIsErased() {
        GrayBitmap speck = GrayBitmap.blank(64, 64);
        speck.set(30, 51, 0.2f);
        assertNull(erased(speck, Optional.empty()));
        assertNull(erased(speck, Optional.of(GrayBitmap.blank(64, 64))));
    }
}
