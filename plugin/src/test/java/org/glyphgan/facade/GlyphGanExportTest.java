package org.glyphgan.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.glyphgan.raster.CharacterSet;
import org.glyphgan.sfnt.validate.ValidatorVerdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlyphGanExportTest {
    private static final FontNames NAMES = new FontNames("Glyphgan Test", "Regular");
    @TempDir
    static Path dir;
    private static GlyphGan glyphGan;
    private static GlyphSet basic;

    @BeforeAll
    static void generateBasic() {
        glyphGan = GlyphGan.open(TinyModels.shared(), dir.resolve("styles"));
        basic = glyphGan.generate(new GenerateRequest(new StyleSource.Named("serif"), CharacterSet.basic().codePoints(),
                1, 1), ProgressListener.NONE, Cancellation.none());
    }

    @Test
    void exportedFontPassesEveryValidator() throws IOException {
        Path ttf = dir.resolve("out/basic.ttf");
        Path svgDir = dir.resolve("svg");
        ExportResult result = glyphGan.export(basic, NAMES, ttf, svgDir);
        assertTrue(Files.isRegularFile(ttf), "no font at " + ttf);
        assertTrue(result.verdicts().size() >= 7, "verdicts: " + result.verdicts());
        for (ValidatorVerdict verdict : result.verdicts()) {
            assertTrue(verdict.passed(), verdict.toString());
        }
        assertEquals(svgDir.resolve("specimen.svg"), result.specimenFile());
        assertTrue(Files.isRegularFile(svgDir.resolve("uni0041.svg")), "uni0041.svg missing");
        assertTrue(Files.isRegularFile(svgDir.resolve("uni007E.svg")), "uni007E.svg missing");
        try (var files = Files.list(svgDir)) {
            assertEquals(95, files.count(), "94 glyph SVGs and the specimen");
        }
    }

    @Test
    void fontCarriesAdvanceWidthsAndSpace() throws IOException {
        byte[] bytes = glyphGan.ttfBytes(basic, NAMES);
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            assertEquals(1000, font.getUnitsPerEm());
            assertEquals("Glyphgan Test", font.getNaming().getFontFamily());
            for (GeneratedGlyph glyph : basic.glyphs()) {
                int gid = font.getUnicodeCmapLookup().getGlyphId(glyph.codePoint());
                assertTrue(gid > 0, "no glyph for U+" + Integer.toHexString(glyph.codePoint()));
                assertEquals(glyph.advanceWidth(), font.getAdvanceWidth(gid), "advance of U+" + Integer.toHexString(glyph.codePoint()));
            }
            int space = font.getUnicodeCmapLookup().getGlyphId(' ');
            assertTrue(space > 0, "no space glyph");
            assertEquals(Math.round(basic.glyph('n').advanceWidth() * 0.5), font.getAdvanceWidth(space));
            int capHeight = font.getOS2Windows().getCapHeight();
            assertEquals(basic.metrics().capHeight(), capHeight);
            int lsb = font.getHorizontalMetrics().getLeftSideBearing(font.getUnicodeCmapLookup().getGlyphId('H'));
            assertEquals(Math.round(OutlinePlacement.xExtent(basic.glyph('H').outline())[0]), lsb);
        }
    }

    @Test
    void exportWithoutSvgFolderWritesOnlyTheFont() {
        Path ttf = dir.resolve("only.ttf");
        ExportResult result = glyphGan.export(subset("AHx"), NAMES, ttf, null);
        assertNull(result.svgDir());
        assertNull(result.specimenFile());
        assertTrue(Files.isRegularFile(ttf));
    }

    @Test
    void outputUnderRegularFileIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "not a folder");
        GlyphGanException e = assertThrows(GlyphGanException.class,
                () -> glyphGan.export(basic, NAMES, file.resolve("font.ttf"), null));
        assertTrue(e.getMessage().contains(file + " is a regular file, not a folder"), e.getMessage());
        GlyphGanException svg = assertThrows(GlyphGanException.class,
                () -> glyphGan.export(basic, NAMES, dir.resolve("ok.ttf"), file.resolve("svg")));
        assertTrue(svg.getMessage().contains(file + " is a regular file, not a folder"), svg.getMessage());
        assertTrue(Files.notExists(dir.resolve("ok.ttf")), "font written although the SVG folder was invalid");
    }

    @Test
    void fontPathThatIsAFolderIsRejected() {
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> glyphGan.export(basic, NAMES, dir, null));
        assertTrue(e.getMessage().contains("it is a folder"), e.getMessage());
    }

    @Test
    void emptySetIsNotExported() {
        GlyphSet empty = new GlyphSet("sans", basic.styleCode(), 1000, basic.metrics(), List.of(), Map.of(65, "blank"),
                OptionalInt.empty());
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> glyphGan.ttfBytes(empty, NAMES));
        assertTrue(e.getMessage().contains("has no glyphs to export (1 character failed)"), e.getMessage());
    }

    @Test
    void spaceOnlySetNamesTheFix() {
        GlyphSet spaceOnly = glyphGan.generate(new GenerateRequest(new StyleSource.Named("sans"), List.of((int) ' '), 1, 0),
                ProgressListener.NONE, Cancellation.none());
        GlyphGanException e = assertThrows(GlyphGanException.class, () -> glyphGan.ttfBytes(spaceOnly, NAMES));
        assertEquals("The glyph set 'sans' has no glyphs to export; request characters other than the space, which is"
                + " never drawn", e.getMessage());
    }

    @Test
    void specimenHasOneCellPerGlyph() {
        String specimen = glyphGan.specimenSvg(subset("Hamburg"));
        int cells = specimen.split("class=\"glyph-cell\"", -1).length - 1;
        assertEquals(7, cells);
    }

    private static GlyphSet subset(String characters) {
        List<GeneratedGlyph> glyphs = characters.codePoints().mapToObj(basic::glyph).toList();
        return new GlyphSet(basic.styleLabel(), basic.styleCode(), basic.unitsPerEm(), basic.metrics(), glyphs, Map.of(),
                OptionalInt.empty());
    }
}
