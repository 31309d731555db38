package org.glyphgan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.geom.Rectangle2D;
import org.glyphgan.raster.CharacterSet;
import org.junit.jupiter.api.Test;

/** The ink bounds table shipped in the jar matches the base font file. */
class ReferenceGlyphsTest {
    @Test
    void tableMatchesBaseFont() {
        double unitsPerEm = SampleFixtures.baseFont().unitsPerEm();
        double toleranceEm = 1.0 / unitsPerEm;
        for (int codePoint = CharacterSet.BASIC_FIRST; codePoint <= CharacterSet.BASIC_LAST; codePoint++) {
            ReferenceGlyph reference = ReferenceGlyphs.of(codePoint).orElseThrow();
            Rectangle2D bounds = SampleFixtures.outline(codePoint).getBounds2D();
            String name = String.format("U+%04X", codePoint);
            assertEquals(SampleFixtures.advanceWidth(codePoint) / unitsPerEm, reference.advanceWidthEm(), 1e-9, name);
            assertEquals(bounds.getMinX() / unitsPerEm, reference.xMinEm(), toleranceEm, name);
            assertEquals(bounds.getMinY() / unitsPerEm, reference.yMinEm(), toleranceEm, name);
            assertEquals(bounds.getMaxX() / unitsPerEm, reference.xMaxEm(), toleranceEm, name);
            assertEquals(bounds.getMaxY() / unitsPerEm, reference.yMaxEm(), toleranceEm, name);
        }
        assertEquals(CharacterSet.BASIC_LAST - CharacterSet.BASIC_FIRST + 1, ReferenceGlyphs.all().size());
    }
}
