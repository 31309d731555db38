package org.glyphgan.sfnt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.glyphgan.outline.Contour;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.Point;
import org.glyphgan.outline.Segment;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input errors the writer rejects before any byte is written, each with a message naming the fix. */
class FontBuildRejectionTest {
    @TempDir
    Path directory;

    private static String rejectionMessage(FontBuild.Builder builder) {
        return assertThrows(IllegalArgumentException.class, () -> SfntWriter.toBytes(builder.build())).getMessage();
    }

    @Test
    void emptyFamilyNameRejected() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> FontBuild.builder(" ", "Regular").build()).getMessage();
        assertTrue(message.contains("family name is empty"), message);
    }

    @Test
    void fixedPitchWithTwoAdvancesRejected() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> FontBuild.builder("Mono", "Regular").glyphs(TestGlyphs.synthetic()).fixedPitch(true).build())
                .getMessage();
        assertTrue(message.contains("'H' has 600 and 'O' has 700"), message);
    }

    @Test
    void duplicateCodePointRejected() {
        String message = rejectionMessage(FontBuild.builder("Dup", "Regular")
                .glyph(GlyphBuild.of("A", 'A', 500, TestGlyphs.square(300)))
                .glyph(GlyphBuild.of("A.alt", 'A', 500, TestGlyphs.square(300))));
        assertTrue(message.contains("U+0041"), message);
        assertTrue(message.contains("'A.alt'"), message);
    }

    @Test
    void duplicateGlyphNameRejected() {
        String message = rejectionMessage(FontBuild.builder("Dup", "Regular")
                .glyph(GlyphBuild.of("A", 'A', 500, TestGlyphs.square(300)))
                .glyph(GlyphBuild.of("A", 'B', 500, TestGlyphs.square(300))));
        assertTrue(message.contains("Duplicate glyph name 'A'"), message);
    }

    @Test
    void cubicSegmentRejectedWithConverterHint() {
        Point start = new Point(0, 0);
        Contour cubic = new Contour(start, List.of(
                new Segment.Cubic(new Point(0, 100), new Point(100, 100), new Point(100, 0)),
                new Segment.Line(start)));
        String message = rejectionMessage(FontBuild.builder("Cubic", "Regular")
                .glyph(GlyphBuild.of("c", 'c', 500, new GlyphOutline(List.of(cubic)))));
        assertTrue(message.contains("cubic"), message);
        assertTrue(message.contains("Cu2Qu"), message);
        assertTrue(message.contains("'c'"), message);
    }

    @Test
    void invalidCodePointsRejected() {
        for (int codePoint : new int[] {0xFFFF, 0xD800, 0x110000, -1}) {
            String message = rejectionMessage(FontBuild.builder("Bad", "Regular")
                    .glyph(GlyphBuild.of("bad", codePoint, 500, TestGlyphs.square(300))));
            assertTrue(message.contains("invalid code point"), message);
        }
    }

    @Test
    void invalidGlyphNameRejected() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> GlyphBuild.of("a b", 'a', 500, GlyphOutline.EMPTY)).getMessage();
        assertTrue(message.contains("Invalid glyph name 'a b'"), message);
    }

    @Test
    void readOnlyDirectoryKeepsExistingFile() throws IOException {
        Path locked = Files.createDirectory(directory.resolve("locked"));
        Path target = locked.resolve("font.ttf");
        byte[] previous = {7, 7, 7};
        Files.write(target, previous);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root may write into a read-only directory, so the check only means something for other users.
            Assumptions.assumeFalse(Files.isWritable(locked), "running as root: directory permissions are not enforced");
            IOException error = assertThrows(IOException.class, () -> SfntWriter.write(TestGlyphs.syntheticFont(), target));
            assertTrue(error.getMessage().contains("not writable"), error.getMessage());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertArrayEquals(previous, Files.readAllBytes(target));
    }

    @Test
    void unwritableTargetKeepsExistingFiles() throws IOException {
        Path target = Files.createDirectory(directory.resolve("font.ttf"));
        Files.write(target.resolve("keep.txt"), new byte[] {9});
        IOException error = assertThrows(IOException.class, () -> SfntWriter.write(TestGlyphs.syntheticFont(), target));
        assertTrue(error.getMessage().contains("Cannot write font file"), error.getMessage());
        assertArrayEquals(new byte[] {9}, Files.readAllBytes(target.resolve("keep.txt")));
        try (var files = Files.list(directory)) {
            assertEquals(1, files.count(), "the temporary file must be removed");
        }
        IOException missing = assertThrows(IOException.class,
                () -> SfntWriter.write(TestGlyphs.syntheticFont(), directory.resolve("absent/font.ttf")));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
    }

    @Test
    void invalidInputLeavesExistingFileIntact() throws IOException {
        Path target = directory.resolve("font.ttf");
        byte[] previous = {1, 2, 3};
        Files.write(target, previous);
        FontBuild invalid = FontBuild.builder("Huge", "Regular")
                .glyph(GlyphBuild.of("A", 'A', 600, TestGlyphs.square(40000))).build();
        assertThrows(IllegalArgumentException.class, () -> SfntWriter.write(invalid, target));
        assertArrayEquals(previous, Files.readAllBytes(target));
        try (var files = Files.list(directory)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void postScriptNameSanitized() {
        String name = PostScriptNames.of("My (Font) [Test] <1/2> 100% {x}", "Bold Italic");
        assertEquals("MyFontTest12100x-BoldItalic", name);
        String longName = PostScriptNames.of("A".repeat(80), "Regular");
        assertEquals("A".repeat(55) + "-Regular", longName);
        assertEquals("A-" + "B".repeat(61), PostScriptNames.of("A", "B".repeat(70)));
        assertThrows(IllegalArgumentException.class, () -> PostScriptNames.of("字体", "Regular"));
    }

    @Test
    void format12OnlyBeyondBmp() {
        RawSfnt bmpOnly = new RawSfnt(SfntWriter.toBytes(TestGlyphs.syntheticFont()));
        assertEquals(2, bmpOnly.u16(bmpOnly.table("cmap") + 2));
        FontBuild astral = FontBuild.builder("Astral", "Regular").glyphs(TestGlyphs.synthetic())
                .glyph(GlyphBuild.forCodePoint(0x1F600, 700, TestGlyphs.ring())).build();
        RawSfnt withAstral = new RawSfnt(SfntWriter.toBytes(astral));
        int cmap = withAstral.table("cmap");
        assertEquals(4, withAstral.u16(cmap + 2));
        int[][] expectedRecords = {{0, 3}, {0, 4}, {3, 1}, {3, 10}};
        for (int i = 0; i < 4; i++) {
            assertEquals(expectedRecords[i][0], withAstral.u16(cmap + 4 + 8 * i));
            assertEquals(expectedRecords[i][1], withAstral.u16(cmap + 6 + 8 * i));
        }
        assertEquals(0xFFFF, withAstral.u16(withAstral.table("OS/2") + 66)); // usLastCharIndex is capped
    }

    @Test
    void nonRibbiStyleUsesTypographicNames() throws IOException {
        FontBuild light = FontBuild.builder("Glyphgan", "Light").glyphs(TestGlyphs.synthetic()).build();
        try (var font = SfntWriterTest.parse(SfntWriter.toBytes(light))) {
            assertEquals("Glyphgan Light", font.getNaming().getFontFamily());
            assertEquals("Regular", font.getNaming().getFontSubFamily());
            assertEquals(300, font.getOS2Windows().getWeightClass());
            assertFalse(font.getNaming().getNameRecords().isEmpty());
            assertEquals("Light", font.getNaming().getName(17, 3, 1, 0x409));
        }
    }
}
