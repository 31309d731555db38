package org.glyphgan.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.glyphgan.raster.CharacterSet;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model shipped in the plugin jar: it loads from the resource and draws every default character. */
@Tag("shipped")
class ShippedModelTest {
    /**
     * Ink bounds as a share of the em square (1 em × 1 em), not of the larger em box: a period
     * covers about 1 % of the em square, a heavy 'W' or '@' well under 60 %.
     */
    private static final double MIN_INK_PERCENT_OF_EM = 0.5;
    private static final double MAX_INK_PERCENT_OF_EM = 60;

    @TempDir
    Path stylesDir;

    @Test
    void shippedModelDrawsEveryDefaultCharacter() {
        try (GlyphGan glyphGan = GlyphGan.openShipped(stylesDir)) {
            assertFalse(glyphGan.styles().isEmpty(), "the shipped model has no named styles");
            String style = glyphGan.styles().get(0).name();
            GlyphSet set = glyphGan.generate(new GenerateRequest(new StyleSource.Named(style),
                    CharacterSet.basic().codePoints(), 1, 0), ProgressListener.NONE, Cancellation.none());
            assertTrue(set.failures().isEmpty(), "failures in style " + style + ": " + set.failures());
            assertEquals(94, set.glyphs().size());
            for (GeneratedGlyph glyph : set.glyphs()) {
                double percent = inkPercentOfEm(glyph.bitmap());
                String name = "U+" + GlyphDrawer.hex(glyph.codePoint()) + " in style " + style;
                assertTrue(percent >= MIN_INK_PERCENT_OF_EM, name + " is nearly blank: ink " + percent + " % of the em");
                assertTrue(percent <= MAX_INK_PERCENT_OF_EM, name + " is flooded: ink " + percent + " % of the em");
                assertFalse(glyph.outline().isEmpty(), name + " has an empty outline");
            }
        }
    }

    private static double inkPercentOfEm(GrayBitmap bitmap) {
        EmBox box = EmBox.ofSize(bitmap.widthPx());
        double inkPx2 = bitmap.inkFraction() * bitmap.widthPx() * bitmap.heightPx();
        return 100 * inkPx2 / (box.pxPerEm() * box.pxPerEm());
    }
}
