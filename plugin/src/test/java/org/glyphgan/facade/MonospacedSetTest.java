package org.glyphgan.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.glyphgan.raster.CharacterSet;
import org.glyphgan.sfnt.validate.ValidatorVerdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Monospaced glyph sets: one advance width, ink centred on it, and a fixed-pitch font on export. */
class MonospacedSetTest {
    private static final String CHARACTERS = "Hamburgefontsiv.!Wm_0";
    private static final String BASIC = new String(CharacterSet.basic().codePoints().stream().mapToInt(Integer::intValue)
            .toArray(), 0, CharacterSet.basic().codePoints().size());
    private static final FontNames NAMES = new FontNames("Glyphgan Mono Test", "Regular");

    @TempDir
    static Path stylesDir;
    @TempDir
    Path out;
    private static GlyphGan glyphGan;

    @BeforeAll
    static void open() {
        glyphGan = GlyphGan.open(TinyModels.shared(), stylesDir);
    }

    private static GlyphSet generate(String style, Pitch pitch) {
        return generate(style, pitch, CHARACTERS, 1);
    }

    private static GlyphSet generate(String style, Pitch pitch, String characters, int candidates) {
        List<Integer> codePoints = characters.codePoints().boxed().toList();
        return glyphGan.generate(new GenerateRequest(StyleSource.parse(style), codePoints, candidates, 5, pitch),
                ProgressListener.NONE, Cancellation.none());
    }

    @Test
    void monospacedSetSharesOneAdvance() {
        GlyphSet set = generate("sans", Pitch.MONOSPACED);
        assertTrue(set.monospaced());
        int advance = set.fixedAdvanceWidth().getAsInt();
        for (GeneratedGlyph glyph : set.glyphs()) {
            String name = "U+" + Integer.toHexString(glyph.codePoint());
            assertEquals(advance, glyph.advanceWidth(), "advance of " + name);
            double[] extent = OutlinePlacement.inkExtent(glyph.outline());
            double left = extent[0];
            double right = advance - extent[1];
            assertEquals(left, right, 1.0, "ink of " + name + " is centred");
        }
    }

    @Test
    void advanceIsTheSameForAnyRequest() {
        int advance = generate("sans", Pitch.MONOSPACED).fixedAdvanceWidth().getAsInt();
        assertEquals(advance, generate("sans", Pitch.MONOSPACED, "'", 1).fixedAdvanceWidth().getAsInt(), "apostrophe only");
        assertEquals(advance, generate("sans", Pitch.MONOSPACED, "HW", 3).fixedAdvanceWidth().getAsInt(), "3 candidates");
    }

    @Test
    void advanceComesFromWidestGlyphs() {
        GlyphSet set = generate("sans", Pitch.MONOSPACED, BASIC, 1);
        double[] inkWidths = set.glyphs().stream().mapToDouble(glyph -> {
            double[] extent = OutlinePlacement.inkExtent(glyph.outline());
            return extent[1] - extent[0];
        }).sorted().toArray();
        assertEquals(Math.round(Spacing.CELL_PER_P90_INK_WIDTH * Spacing.percentile90(inkWidths)),
                set.fixedAdvanceWidth().getAsInt());
        assertTrue(set.fixedAdvanceWidth().getAsInt() > inkWidths[inkWidths.length / 2], "wider than the median ink");
    }

    @Test
    void autoFollowsTrainingFontKind() {
        assertTrue(generate(TinyModels.MONOSPACED_TRAINING_FONT, Pitch.AUTO).monospaced());
        assertFalse(generate("sans", Pitch.AUTO).monospaced());
        assertFalse(generate(TinyModels.MONOSPACED_TRAINING_FONT, Pitch.PROPORTIONAL).monospaced());
    }

    @Test
    void autoMixFollowsStylesWithShare() {
        String mono = TinyModels.MONOSPACED_TRAINING_FONT;
        assertTrue(generate("mix:" + mono + "," + mono + ",0.5", Pitch.AUTO).monospaced());
        assertFalse(generate("mix:sans," + mono + ",0.5", Pitch.AUTO).monospaced());
        assertTrue(generate("mix:" + mono + ",sans,0", Pitch.AUTO).monospaced(), "the first style alone");
        assertTrue(generate("mix:sans," + mono + ",1", Pitch.AUTO).monospaced(), "the second style alone");
    }

    @Test
    void proportionalSetHasSeveralAdvances() {
        GlyphSet set = generate("sans", Pitch.PROPORTIONAL);
        Set<Integer> advances = new HashSet<>();
        set.glyphs().forEach(glyph -> advances.add(glyph.advanceWidth()));
        assertFalse(set.monospaced());
        assertTrue(advances.size() > 5, "advances " + advances);
    }

    @Test
    void regeneratedGlyphKeepsTheAdvance() {
        GlyphSet set = generate("sans", Pitch.MONOSPACED);
        GeneratedGlyph glyph = glyphGan.regenerate(set, 'W', 99);
        assertEquals(set.fixedAdvanceWidth().getAsInt(), glyph.advanceWidth());
    }

    @Test
    void exportedFontIsFixedPitch() throws IOException {
        GlyphSet set = generate("sans", Pitch.MONOSPACED);
        int advance = set.fixedAdvanceWidth().getAsInt();
        byte[] ttf = glyphGan.ttfBytes(set, NAMES);
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
            assertEquals(1, font.getPostScript().getIsFixedPitch());
            assertEquals(9, font.getOS2Windows().getPanose()[3], "PANOSE bProportion: monospaced");
            for (int glyphId = 0; glyphId < font.getNumberOfGlyphs(); glyphId++) {
                assertEquals(advance, font.getAdvanceWidth(glyphId), "advance of glyph " + glyphId);
            }
        }
    }

    @Test
    void exportedFontPassesEveryValidator() {
        GlyphSet set = generate("sans", Pitch.MONOSPACED);
        ExportResult result = glyphGan.export(set, NAMES, out.resolve("mono.ttf"), null);
        assertFalse(result.verdicts().isEmpty());
        for (ValidatorVerdict verdict : result.verdicts()) {
            assertTrue(verdict.passed(), verdict.toString());
        }
    }

    @Test
    void invalidPitchNamesTheChoices() {
        GlyphGanException error = assertThrows(GlyphGanException.class, () -> Pitch.parse("fixed"));
        assertEquals("Invalid pitch 'fixed': use auto, proportional or monospaced", error.getMessage());
        assertEquals(Pitch.MONOSPACED, Pitch.parse(" Monospaced "));
    }
}
