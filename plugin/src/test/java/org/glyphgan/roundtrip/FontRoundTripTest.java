package org.glyphgan.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.glyphgan.corpus.CorpusFont;
import org.glyphgan.corpus.FontLoader;
import org.glyphgan.outline.Contour;
import org.glyphgan.outline.Segment;
import org.glyphgan.raster.CharacterSet;
import org.glyphgan.raster.EmBox;
import org.junit.jupiter.api.Test;

class FontRoundTripTest {
    private static final String FIRA_SANS = "fira-sans/fira-sans-latin-700-normal.woff";

    @Test
    void tracedOutlinesSitInSourceUnits() throws Exception {
        CorpusFont font = FontSources.load(FIRA_SANS, FontSources.defaultFontsDir(), new FontLoader());
        RoundTripOptions options = RoundTripOptions.defaults().withCharacters(CharacterSet.parse("HOgx"));
        RoundTripResult result = new FontRoundTrip(options).trace(font, ProgressListener.NONE);

        double onePixelUnits = font.unitsPerEm() / EmBox.ofSize(options.sizePx()).pxPerEm();
        assertEquals(4, result.glyphs().size());
        for (TracedGlyph glyph : result.glyphs()) {
            String name = CorpusFont.codePointName(glyph.codePoint());
            Rectangle2D source = font.outline(glyph.codePoint()).orElseThrow().getBounds2D();
            Rectangle2D traced = glyph.outline().toPath().getBounds2D();
            assertEquals(font.advanceWidth(glyph.codePoint()).orElseThrow(), glyph.advanceWidth(), name);
            assertEquals(source.getMinX(), traced.getMinX(), onePixelUnits, name + " left edge");
            assertEquals(source.getMaxX(), traced.getMaxX(), onePixelUnits, name + " right edge");
            assertEquals(source.getMinY(), traced.getMinY(), onePixelUnits, name + " bottom edge");
            assertEquals(source.getMaxY(), traced.getMaxY(), onePixelUnits, name + " top edge");
            assertTrue(glyph.inkIou() >= 0.9, name + " ink IoU " + glyph.inkIou());
        }
        assertEquals(font.unitsPerEm(), result.fontBuild().unitsPerEm());
        assertEquals("Fira Sans Traced", result.fontBuild().familyName());
    }

    @Test
    void tracedOutlinesHaveNoCubics() throws Exception {
        CorpusFont font = FontSources.load(FIRA_SANS, FontSources.defaultFontsDir(), new FontLoader());
        RoundTripOptions options = RoundTripOptions.defaults().withCharacters(CharacterSet.parse("Sg"));
        RoundTripResult result = new FontRoundTrip(options).trace(font, ProgressListener.NONE);

        for (TracedGlyph glyph : result.glyphs()) {
            for (Contour contour : glyph.outline().contours()) {
                for (Segment segment : contour.segments()) {
                    assertFalse(segment instanceof Segment.Cubic, "a cubic is left in "
                            + CorpusFont.codePointName(glyph.codePoint()));
                }
            }
        }
    }

    @Test
    void progressReportsEveryCharacter() throws Exception {
        CorpusFont font = FontSources.load(FIRA_SANS, FontSources.defaultFontsDir(), new FontLoader());
        RoundTripOptions options = RoundTripOptions.defaults().withCharacters(CharacterSet.parse("a,U+4E00,b"));
        List<String> events = new ArrayList<>();
        RoundTripResult result = new FontRoundTrip(options)
                .trace(font, (done, total, label) -> events.add(done + "/" + total));

        assertEquals(List.of("1/3", "2/3", "3/3"), events);
        assertEquals(List.of(0x4E00), result.missingCodePoints());
        assertEquals(2, result.glyphs().size());
    }

    @Test
    void noRequestedGlyphRaises() throws Exception {
        CorpusFont font = FontSources.load(FIRA_SANS, FontSources.defaultFontsDir(), new FontLoader());
        RoundTripOptions options = RoundTripOptions.defaults().withCharacters(CharacterSet.parse("U+4E00"));
        FontRoundTrip roundTrip = new FontRoundTrip(options);

        RoundTripException error = assertThrows(RoundTripException.class,
                () -> roundTrip.trace(font, ProgressListener.NONE));
        assertTrue(error.getMessage().contains("none of the 1 requested characters"), error.getMessage());
    }
}
