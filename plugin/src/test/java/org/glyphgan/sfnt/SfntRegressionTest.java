package org.glyphgan.sfnt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.sfnt.validate.SfntStructureValidator;
import org.junit.jupiter.api.Test;

/**
 * One test per defect seen in fonts from other tools. Each parses the written bytes with
 * {@link RawSfnt} to show the writer gets it right, then breaks a copy of the bytes in that one
 * way to show {@link SfntStructureValidator} would catch it.
 */
class SfntRegressionTest {
    private final RawSfnt font = new RawSfnt(SfntWriter.toBytes(TestGlyphs.syntheticFont()));

    private static void assertProblem(byte[] broken, String expected) {
        List<String> problems = SfntStructureValidator.problems(broken);
        assertTrue(problems.stream().anyMatch(problem -> problem.contains(expected)),
                "expected a problem containing '" + expected + "' but got " + problems);
    }

    @Test
    void tablesSortedByTag() {
        for (int i = 1; i < font.entries.size(); i++) {
            assertTrue(font.entries.get(i - 1).tag().compareTo(font.entries.get(i).tag()) < 0);
        }
        byte[] swapped = font.bytes.clone();
        System.arraycopy(font.bytes, 12, swapped, 28, 16);
        System.arraycopy(font.bytes, 28, swapped, 12, 16);
        assertProblem(swapped, "out of order");
    }

    @Test
    void tablesAlignedWithZeroPadding() {
        for (RawSfnt.Entry entry : font.entries) {
            assertEquals(0, entry.offset() % 4, entry.tag());
            for (int at = entry.offset() + entry.length(); at % 4 != 0; at++) {
                assertEquals(0, font.bytes[at], entry.tag() + " padding");
            }
        }
        RawSfnt.Entry first = font.entries.get(0);
        assertProblem(font.withU32(12 + 16 * first.index() + 8, first.offset() + 2), "not 4-byte aligned");
    }

    @Test
    void directorySearchFields() {
        int numTables = font.u16(4);
        assertEquals(10, numTables);
        assertEquals(128, font.u16(6)); // searchRange = 16 * 2^floor(log2 10)
        assertEquals(3, font.u16(8)); // entrySelector = floor(log2 10)
        assertEquals(32, font.u16(10)); // rangeShift = 10 * 16 - searchRange
        assertProblem(font.withU16(6, 160), "searchRange");
        assertProblem(font.withU16(8, 4), "entrySelector");
        assertProblem(font.withU16(10, 0), "rangeShift");
    }

    @Test
    void checksumsAndAdjustment() {
        assertEquals(SfntChecksum.FILE_CHECKSUM_MAGIC, SfntChecksum.of(font.bytes));
        byte[] flipped = font.bytes.clone();
        int glyf = font.table("glyf");
        flipped[glyf + 1] ^= 0x01;
        assertProblem(flipped, "table 'glyf' checksum");
        assertProblem(flipped, "whole-file checksum");
    }

    @Test
    void cmapEndsWithFFFFSegment() {
        int format4 = font.cmapFormat4();
        int segCount = font.u16(format4 + 6) / 2;
        int endCodes = format4 + 14;
        int startCodes = endCodes + 2 * segCount + 2;
        int idDeltas = startCodes + 2 * segCount;
        int last = segCount - 1;
        assertEquals(0xFFFF, font.u16(endCodes + 2 * last));
        assertEquals(0xFFFF, font.u16(startCodes + 2 * last));
        assertEquals(1, font.u16(idDeltas + 2 * last));
        assertProblem(font.withU16(startCodes + 2 * last, 0xFFFE), "final segment is 0xFFFE..0xFFFF");
    }

    @Test
    void cmapMapsOnlyExistingGlyphs() {
        int numGlyphs = font.u16(font.table("maxp") + 4);
        int format4 = font.cmapFormat4();
        int segCount = font.u16(format4 + 6) / 2;
        int endCodes = format4 + 14;
        int startCodes = endCodes + 2 * segCount + 2;
        int idDeltas = startCodes + 2 * segCount;
        for (int s = 0; s < segCount - 1; s++) {
            for (int code = font.u16(startCodes + 2 * s); code <= font.u16(endCodes + 2 * s); code++) {
                int glyphId = (code + font.u16(idDeltas + 2 * s)) & 0xFFFF;
                assertTrue(glyphId > 0, "U+" + Integer.toHexString(code) + " maps to .notdef");
                assertTrue(glyphId < numGlyphs, "U+" + Integer.toHexString(code) + " -> " + glyphId);
            }
        }
        assertProblem(font.withU16(idDeltas, font.u16(idDeltas) + 200), "past the last glyph");
    }

    @Test
    void cmapSegmentsAscendWithoutOverlap() {
        List<GlyphBuild> glyphs = new ArrayList<>();
        int[] codePoints = {0x41, 0x42, 0x43, 0x61, 0x63, 0x100, 0x101, 0x2000};
        for (int codePoint : codePoints) {
            glyphs.add(GlyphBuild.forCodePoint(codePoint, 500, TestGlyphs.square(300)));
        }
        RawSfnt sparse = new RawSfnt(SfntWriter.toBytes(FontBuild.builder("Sparse", "Regular").glyphs(glyphs).build()));
        int format4 = sparse.cmapFormat4();
        int segCount = sparse.u16(format4 + 6) / 2;
        int endCodes = format4 + 14;
        int startCodes = endCodes + 2 * segCount + 2;
        int previousEnd = -1;
        for (int s = 0; s < segCount; s++) {
            int start = sparse.u16(startCodes + 2 * s);
            int end = sparse.u16(endCodes + 2 * s);
            assertTrue(start <= end, "segment " + s + " " + start + ".." + end);
            assertTrue(start > previousEnd, "segment " + s + " overlaps the previous one");
            previousEnd = end;
        }
        assertProblem(sparse.withU16(startCodes + 2, 0x20), "out of order or overlaps");
    }

    @Test
    void os2VersionMatchesLength() {
        assertEquals(4, font.u16(font.table("OS/2")));
        assertEquals(96, font.entry("OS/2").length());
        assertProblem(font.withU16(font.table("OS/2"), 5), "OS/2 version 5 length");
    }

    @Test
    void coordinatesBeyondInt16Rejected() {
        GlyphBuild huge = GlyphBuild.of("A", 'A', 600, TestGlyphs.square(40000));
        IllegalArgumentException error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SfntWriter.toBytes(FontBuild.builder("Huge", "Regular").glyph(huge).build()));
        assertTrue(error.getMessage().contains("int16"), error.getMessage());
        assertTrue(error.getMessage().contains("'A'"), error.getMessage());
    }

    @Test
    void glyphBoundsIncludeOffCurvePoints() {
        int glyf = font.table("glyf");
        int loca = font.table("loca");
        int bumpGlyphId = 3;
        int glyph = glyf + 2 * font.u16(loca + 2 * bumpGlyphId);
        assertEquals(800, font.s16(glyph + 8)); // yMax reaches the control point, not 400
        assertEquals(800, font.s16(font.table("head") + 42));
        assertProblem(font.withU16(glyph + 8, 400), "yMax is 400, expected 800");
    }

    @Test
    void maxpAgreesWithLocaAndGlyf() {
        int maxp = font.table("maxp");
        int numGlyphs = font.u16(maxp + 4);
        assertEquals(10, numGlyphs);
        assertEquals(2 * (numGlyphs + 1), font.entry("loca").length()); // short loca format
        // maxPoints: the ring has 2 x 8 off-curve points plus each contour's starting on-curve point.
        // Its other on-curve points lie at midpoints, so TrueType implies them.
        assertEquals(18, font.u16(maxp + 6));
        assertEquals(2, font.u16(maxp + 8)); // maxContours: .notdef and the ring
        assertProblem(font.withU16(maxp + 6, 17), "maxp.maxPoints");
        assertProblem(font.withU16(maxp + 8, 3), "maxp.maxContours");
    }

    @Test
    void numberOfHMetricsWithinRange() {
        int hhea = font.table("hhea");
        int numberOfHMetrics = font.u16(hhea + 34);
        assertTrue(numberOfHMetrics >= 1);
        assertTrue(numberOfHMetrics <= 10);
        List<GlyphBuild> sameWidth = List.of(
                GlyphBuild.of("a", 'a', 500, TestGlyphs.square(300)),
                GlyphBuild.of("b", 'b', 500, TestGlyphs.square(300)),
                GlyphBuild.of("space", ' ', 500, GlyphOutline.EMPTY));
        FontBuild monospace = FontBuild.builder("Mono", "Regular").glyphs(sameWidth)
                .metrics(new VerticalMetrics(800, -200, 0, 700, 500)).build();
        RawSfnt mono = new RawSfnt(SfntWriter.toBytes(monospace));
        assertEquals(1, mono.u16(mono.table("hhea") + 34)); // .notdef is 500 wide too
        assertEquals(4 + 2 * 3, mono.entry("hmtx").length());
        assertProblem(font.withU16(hhea + 34, 0), "numberOfHMetrics is 0");
        assertProblem(font.withU16(hhea + 34, 11), "numberOfHMetrics is 11");
    }

    @Test
    void nameIdsOneToSixPresent() {
        int name = font.table("name");
        List<Integer> windowsIds = new ArrayList<>();
        for (int i = 0; i < font.u16(name + 2); i++) {
            int record = name + 6 + 12 * i;
            if (font.u16(record) == 3 && font.u16(record + 2) == 1 && font.u16(record + 4) == 0x409) {
                windowsIds.add(font.u16(record + 6));
            }
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6), windowsIds);
        // Renumber the first Windows record (name ID 1) to 7 and the validator notices.
        int firstWindows = name + 6 + 12 * (font.u16(name + 2) - 6);
        assertProblem(font.withU16(firstWindows + 6, 7), "name ID 1 is missing");
    }

    @Test
    void noZeroLengthTable() {
        for (RawSfnt.Entry entry : font.entries) {
            assertTrue(entry.length() > 0, entry.tag());
        }
        FontBuild blank = FontBuild.builder("Blank", "Regular")
                .glyph(GlyphBuild.of("space", ' ', 250, GlyphOutline.EMPTY))
                .metrics(new VerticalMetrics(800, -200, 0, 700, 500)).build();
        RawSfnt blankFont = new RawSfnt(SfntWriter.toBytes(blank));
        assertTrue(blankFont.entry("glyf").length() > 0, "the .notdef box keeps glyf non-empty");
        RawSfnt.Entry post = font.entry("post");
        assertProblem(font.withU32(12 + 16 * post.index() + 12, 0), "zero-length");
    }

    @Test
    void longLocaForLargeGlyf() throws java.io.IOException {
        List<GlyphBuild> glyphs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            GlyphOutline detailed = new GlyphOutline(List.of(
                    TestGlyphs.circle(300, 300, 250 + i % 50, true), TestGlyphs.circle(300, 300, 100, false),
                    TestGlyphs.circle(100, 700, 60, true), TestGlyphs.circle(300, 700, 61, true),
                    TestGlyphs.circle(500, 700, 62, true), TestGlyphs.rectangle(0, 800, 37 + i % 200, 850, true)));
            glyphs.add(GlyphBuild.forCodePoint(0x4E00 + i, 600 + i % 7, detailed));
        }
        byte[] bytes = SfntWriter.toBytes(FontBuild.builder("Large", "Regular").glyphs(glyphs)
                .metrics(new VerticalMetrics(800, -200, 0, 700, 500)).build());
        RawSfnt large = new RawSfnt(bytes);
        assertTrue(large.entry("glyf").length() > 0x20000, "glyf must exceed the short loca range");
        assertEquals(1, large.s16(large.table("head") + 50)); // indexToLocFormat: long offsets
        assertEquals(4 * (1002 + 1), large.entry("loca").length());
        assertEquals(List.of(), SfntStructureValidator.problems(bytes));
        try (var font = SfntWriterTest.parse(bytes)) {
            assertEquals(6, font.getGlyph().getGlyph(1000).getNumberOfContours());
        }
    }

    @Test
    void validatorFindsNothingInWrittenFont() {
        assertFalse(font.bytes.length == 0);
        assertEquals(List.of(), SfntStructureValidator.problems(font.bytes));
    }
}
