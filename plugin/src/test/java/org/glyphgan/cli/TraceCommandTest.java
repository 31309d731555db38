package org.glyphgan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.glyphgan.corpus.CorpusFont;
import org.glyphgan.corpus.FontLoader;
import org.glyphgan.roundtrip.FontSources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCommandTest {
    private static final String ARVO = "arvo/arvo-latin-400-normal.woff";
    private static final Pattern MEAN_IOU = Pattern.compile("mean ink IoU (\\d\\.\\d+)");

    @TempDir
    Path work;

    @Test
    void arvoRoundTripWritesValidFont() throws Exception {
        Path out = work.resolve("arvo-traced.ttf");
        Path svg = work.resolve("svg");
        CliRun run = CliRun.of("trace", "--font", ARVO, "--out", out.toString(), "--svg", svg.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertFalse(run.stdout().contains("FAIL"), run.toString());
        assertTrue(run.stdout().contains("PASS ots-sanitize"), run.toString());
        assertTrue(run.stdout().contains("PASS fontforge"), run.toString());
        Matcher mean = MEAN_IOU.matcher(run.stdout());
        assertTrue(mean.find(), run.toString());
        double meanIou = Double.parseDouble(mean.group(1));
        assertTrue(meanIou >= 0.95, "mean ink IoU " + meanIou + " is below 0.95");
        assertTrue(run.stdout().contains("Traced 94 glyphs"), run.toString());

        CorpusFont source = FontSources.load(ARVO, FontSources.defaultFontsDir(), new FontLoader());
        try (TrueTypeFont traced = new TTFParser().parse(new RandomAccessReadBufferedFile(out.toFile()))) {
            // 94 basic characters plus the .notdef and space glyphs the writer adds.
            assertEquals(96, traced.getNumberOfGlyphs());
            assertEquals("Arvo Traced", traced.getNaming().getFontFamily());
            assertEquals(source.unitsPerEm(), traced.getHeader().getUnitsPerEm());
            assertEquals(source.metrics().ascender(), traced.getHorizontalHeader().getAscender());
            assertEquals(source.metrics().descender(), traced.getHorizontalHeader().getDescender());
            assertEquals(source.metrics().capHeight(), traced.getOS2Windows().getCapHeight());
            assertEquals(source.metrics().xHeight(), traced.getOS2Windows().getHeight());
            int gidOfA = traced.getUnicodeCmapLookup().getGlyphId('A');
            assertEquals(source.advanceWidth('A').orElseThrow(), traced.getAdvanceWidth(gidOfA));
        }

        assertTrue(Files.isRegularFile(svg.resolve("uni0041.svg")));
        assertTrue(Files.isRegularFile(svg.resolve("uni007E.svg")));
        assertTrue(Files.isRegularFile(svg.resolve("specimen.svg")));
        assertEquals(95, countFiles(svg));
        assertTrue(Files.readString(svg.resolve("uni0041.svg")).contains("<path"));
    }

    @Test
    void missingGlyphsReportedAndRestTraced() throws Exception {
        Path out = work.resolve("partial.ttf");
        CliRun run = CliRun.of("trace", "--font", ARVO, "--out", out.toString(), "--chars", "A,B,U+4E00",
                "--family", "Partial Test");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.stdout().matches("(?s).*U\\+4E00 .*missing.*"), run.toString());
        assertTrue(run.stdout().contains("Traced 2 glyphs"), run.toString());
        assertTrue(run.stdout().contains("(1 missing)"), run.toString());
        try (TrueTypeFont traced = new TTFParser().parse(new RandomAccessReadBufferedFile(out.toFile()))) {
            assertEquals(4, traced.getNumberOfGlyphs());
            assertEquals("Partial Test", traced.getNaming().getFontFamily());
        }
    }

    @Test
    void fontWithoutRequestedGlyphsFails() throws Exception {
        Path out = work.resolve("none.ttf");
        Files.writeString(out, "previous");
        CliRun run = CliRun.of("trace", "--font", ARVO, "--out", out.toString(), "--chars", "U+4E00-U+4E01");

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains("has none of the 2 requested characters"), run.toString());
        assertEquals("previous", Files.readString(out), "the existing output must stay as it was");
    }

    @Test
    void longFamilyIsUsageError() {
        Path out = work.resolve("long.ttf");
        CliRun run = CliRun.of("trace", "--font", ARVO, "--out", out.toString(), "--family", "F".repeat(40));

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains("has 40 characters but Windows lists family names of at most 31"),
                run.toString());
        assertFalse(Files.exists(out), run.toString());
    }

    @Test
    void missingFontFileFails() {
        CliRun run = CliRun.of("trace", "--font", work.resolve("absent.ttf").toString(),
                "--out", work.resolve("out.ttf").toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains("absent.ttf not found"), run.toString());
        assertFalse(Files.exists(work.resolve("out.ttf")));
    }

    @Test
    void fileThatIsNotFontFails() throws IOException {
        Path text = Files.writeString(work.resolve("notes.ttf"), "These are notes, not a font file.");
        CliRun run = CliRun.of("trace", "--font", text.toString(), "--out", work.resolve("out.ttf").toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains("not a TrueType, OpenType or WOFF signature"), run.toString());
    }

    @Test
    void missingOutputDirectoryFails() {
        Path out = work.resolve("no-such-dir").resolve("out.ttf");
        CliRun run = CliRun.of("trace", "--font", ARVO, "--out", out.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains("does not exist"), run.toString());
    }

    @Test
    void outputThatIsFolderFails() {
        CliRun run = CliRun.of("trace", "--font", ARVO, "--out", work.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains("it is a folder"), run.toString());
    }

    @Test
    void svgPathThatIsFileFailsBeforeWriting() throws IOException {
        Path out = work.resolve("kept.ttf");
        Files.writeString(out, "previous");
        Path svgFile = Files.writeString(work.resolve("svg"), "a file");
        CliRun run = CliRun.of("trace", "--font", ARVO, "--out", out.toString(), "--svg", svgFile.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains("Cannot write SVG folder"), run.toString());
        assertEquals("previous", Files.readString(out), "the existing output must stay as it was");
    }

    @Test
    void svgFolderWithoutParentFails() {
        Path svg = work.resolve("missing").resolve("svg");
        CliRun run = CliRun.of("trace", "--font", ARVO, "--out", work.resolve("out.ttf").toString(),
                "--svg", svg.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains("does not exist"), run.toString());
        assertFalse(Files.exists(work.resolve("out.ttf")));
    }

    @Test
    void invalidCharacterSetFails() {
        CliRun run = CliRun.of("trace", "--font", ARVO, "--out", work.resolve("out.ttf").toString(),
                "--chars", "A,,B");

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains("has an empty part"), run.toString());
    }

    @Test
    void sizeOutOfRangeFails() {
        CliRun run = CliRun.of("trace", "--font", ARVO, "--out", work.resolve("out.ttf").toString(), "--size", "4");

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.stderr().toLowerCase(Locale.ROOT).contains("invalid bitmap size 4 px"), run.toString());
    }

    @Test
    void missingRequiredOptionIsUsageError() {
        CliRun run = CliRun.of("trace", "--out", work.resolve("out.ttf").toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.stderr().contains("--font"), run.toString());
    }

    private static long countFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
