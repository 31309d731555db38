package org.glyphgan.sfnt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.glyphgan.sfnt.validate.SfntStructureValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SfntWriterTest {
    @TempDir
    Path directory;

    static TrueTypeFont parse(byte[] bytes) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    @Test
    void writtenFontReadsBackWithFontBox() throws IOException {
        FontBuild build = TestGlyphs.syntheticFont();
        byte[] bytes = SfntWriter.toBytes(build);
        try (TrueTypeFont font = parse(bytes)) {
            // .notdef is added in front of the nine synthetic glyphs.
            assertEquals(10, font.getNumberOfGlyphs());
            assertEquals(1000, font.getUnitsPerEm());
            assertEquals("Glyphgan Test", font.getNaming().getFontFamily());
            assertEquals("Regular", font.getNaming().getFontSubFamily());
            assertEquals("GlyphganTest-Regular", font.getNaming().getPostScriptName());
            assertEquals(1, font.getUnicodeCmapLookup().getGlyphId('H'));
            assertEquals(2, font.getUnicodeCmapLookup().getGlyphId('O'));
            assertEquals(9, font.getUnicodeCmapLookup().getGlyphId(0xE9));
            assertEquals(0, font.getUnicodeCmapLookup().getGlyphId('Z'));
            assertEquals(700, font.getAdvanceWidth(2));
            assertEquals(".notdef", font.getPostScript().getName(0));
            assertEquals("eacute", font.getPostScript().getName(9));
        }
    }

    @Test
    void notdefIsBoxWithCounter() throws IOException {
        try (TrueTypeFont font = parse(SfntWriter.toBytes(TestGlyphs.syntheticFont()))) {
            GlyphData notdef = font.getGlyph().getGlyph(0);
            assertEquals(2, notdef.getNumberOfContours());
            assertEquals(500, font.getAdvanceWidth(0));
        }
    }

    @Test
    void fixedPitchFontSharesOneAdvance() throws IOException {
        FontBuild build = FontBuild.builder("Glyphgan Mono", "Regular").glyphs(TestGlyphs.monospaced())
                .fixedPitch(true).created(TestGlyphs.FIXED_TIME).build();
        try (TrueTypeFont font = parse(SfntWriter.toBytes(build))) {
            assertEquals(1, font.getPostScript().getIsFixedPitch());
            byte[] panose = font.getOS2Windows().getPanose();
            assertEquals(2, panose[0], "bFamilyType: Latin Text");
            assertEquals(9, panose[3], "bProportion: monospaced");
            assertEquals(1, font.getHorizontalHeader().getNumberOfHMetrics());
            assertEquals(700, font.getHorizontalHeader().getAdvanceWidthMax());
            assertEquals(700, font.getOS2Windows().getAverageCharWidth());
            for (int glyphId = 0; glyphId < font.getNumberOfGlyphs(); glyphId++) {
                assertEquals(700, font.getAdvanceWidth(glyphId), "glyph " + glyphId);
            }
            int space = font.getUnicodeCmapLookup().getGlyphId(' ');
            assertTrue(space > 0, "the writer adds a space glyph");
            GlyphData notdef = font.getGlyph().getGlyph(0);
            assertTrue(notdef.getBoundingBox().getUpperRightX() <= 700, "the .notdef box fits its advance");
        }
    }

    @Test
    void proportionalFontIsNotFixedPitch() throws IOException {
        try (TrueTypeFont font = parse(SfntWriter.toBytes(TestGlyphs.syntheticFont()))) {
            assertEquals(0, font.getPostScript().getIsFixedPitch());
            assertEquals(0, font.getOS2Windows().getPanose()[3]);
        }
    }

    @Test
    void metricsMeasuredFromOutlinesWhenAbsent() throws IOException {
        try (TrueTypeFont font = parse(SfntWriter.toBytes(TestGlyphs.syntheticFont()))) {
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            assertEquals(700, os2.getCapHeight());
            assertEquals(450, os2.getHeight());
            assertEquals(750, os2.getTypoAscender());
            assertEquals(-200, os2.getTypoDescender());
            HorizontalHeaderTable hhea = font.getHorizontalHeader();
            assertEquals(750, hhea.getAscender());
            assertEquals(-200, hhea.getDescender());
        }
    }

    @Test
    void callerMetricsAreWrittenAsGiven() throws IOException {
        FontBuild build = FontBuild.builder("Metrics", "Regular").glyphs(TestGlyphs.synthetic())
                .metrics(new VerticalMetrics(800, -250, 90, 680, 470)).created(TestGlyphs.FIXED_TIME).build();
        try (TrueTypeFont font = parse(SfntWriter.toBytes(build))) {
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            assertEquals(4, os2.getVersion());
            assertEquals(680, os2.getCapHeight());
            assertEquals(470, os2.getHeight());
            assertEquals(800, os2.getTypoAscender());
            assertEquals(-250, os2.getTypoDescender());
            assertEquals(90, os2.getTypoLineGap());
            assertEquals(90, font.getHorizontalHeader().getLineGap());
            assertEquals(800, os2.getWinAscent());
            assertEquals(250, os2.getWinDescent());
        }
    }

    @Test
    void boundingBoxesIncludeOffCurvePoints() throws IOException {
        try (TrueTypeFont font = parse(SfntWriter.toBytes(TestGlyphs.syntheticFont()))) {
            GlyphData bump = font.getGlyph().getGlyph(3);
            // The curve's on-curve points top out at 400; its control point sits at 800.
            assertEquals(800, bump.getYMaximum());
            HeaderTable head = font.getHeader();
            assertEquals(800, head.getYMax());
            assertEquals(-200, head.getYMin());
            assertEquals(0, head.getXMin()); // the ring touches x = 0
        }
    }

    @Test
    void horizontalHeaderExtremes() throws IOException {
        try (TrueTypeFont font = parse(SfntWriter.toBytes(TestGlyphs.syntheticFont()))) {
            HorizontalHeaderTable hhea = font.getHorizontalHeader();
            assertEquals(700, hhea.getAdvanceWidthMax());
            assertEquals(0, hhea.getMinLeftSideBearing());
            // The 'x' square has advance 500 and xMax 500.
            assertEquals(0, hhea.getMinRightSideBearing());
            assertEquals(600, hhea.getXMaxExtent()); // the ring
            assertTrue(hhea.getNumberOfHMetrics() >= 1);
            assertTrue(hhea.getNumberOfHMetrics() <= font.getNumberOfGlyphs());
        }
    }

    @Test
    void styleBitsAgreeAcrossTables() throws IOException {
        FontBuild build = FontBuild.builder("Styled", "Bold Italic").glyphs(TestGlyphs.synthetic())
                .created(TestGlyphs.FIXED_TIME).build();
        try (TrueTypeFont font = parse(SfntWriter.toBytes(build))) {
            assertEquals(3, font.getHeader().getMacStyle());
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            assertEquals(700, os2.getWeightClass());
            assertEquals(1 | 1 << 5 | 1 << 7, os2.getFsSelection());
            assertEquals("Bold Italic", font.getNaming().getFontSubFamily());
        }
    }

    @Test
    void unicodeRangesAndCharIndexes() throws IOException {
        try (TrueTypeFont font = parse(SfntWriter.toBytes(TestGlyphs.syntheticFont()))) {
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            assertEquals(0b11, os2.getUnicodeRange1());
            assertEquals(' ', os2.getFirstCharIndex());
            assertEquals(0xE9, os2.getLastCharIndex());
            assertEquals("NONE", os2.getAchVendId());
        }
    }

    @Test
    void writesAtomicallyAndReplacesExistingFile() throws IOException {
        Path target = directory.resolve("test.ttf");
        Files.write(target, new byte[] {1, 2, 3});
        SfntWriter.write(TestGlyphs.syntheticFont(), target);
        assertArrayEquals(SfntWriter.toBytes(TestGlyphs.syntheticFont()), Files.readAllBytes(target));
        try (var files = Files.list(directory)) {
            assertEquals(1, files.count(), "no temporary file may remain");
        }
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void outputIsStructurallyValid() {
        assertEquals(java.util.List.of(), SfntStructureValidator.problems(SfntWriter.toBytes(TestGlyphs.syntheticFont())));
    }
}
