package org.glyphgan.corpus;

import org.junit.jupiter.api.Test;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontLoaderTest {
    private final FontLoader loader = new FontLoader();

    @Test
    void everyManifestFontLoads() throws IOException {
        Path fonts = TestCorpus.fontsDir();
        CorpusManifest manifest = CorpusManifest.read(fonts);
        assertTrue(manifest.fonts().size() >= 40, "corpus has " + manifest.fonts().size() + " fonts");
        List<String> problems = new ArrayList<>();
        for (ManifestEntry entry : manifest.fonts()) {
            CorpusFont font = loader.load(fonts, entry);
            FontMetrics metrics = font.metrics();
            if (metrics.capHeight() <= metrics.xHeight() || metrics.xHeight() <= 0
                    || metrics.ascender() <= 0 || metrics.descender() >= 0) {
                problems.add(entry.file() + " metrics " + metrics);
            }
            for (int codePoint = 0x21; codePoint <= 0x7E; codePoint++) {
                Optional<GeneralPath> outline = font.outline(codePoint);
                if (outline.isEmpty() || outline.get().getBounds2D().isEmpty()) {
                    problems.add(entry.file() + " " + CorpusFont.codePointName(codePoint));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void baseFontIsInTrainSplit() throws IOException {
        CorpusManifest manifest = CorpusManifest.read(TestCorpus.fontsDir());
        assertEquals("train", manifest.baseEntry().split());
    }

    @Test
    void cffFontHasOutlines() throws IOException {
        CorpusFont font = loadCorpusFont("eb-garamond/EBGaramond12-Regular.otf");
        GeneralPath outline = font.outline('g').orElseThrow();
        assertTrue(outline.getBounds2D().getMinY() < 0, "g descends below the baseline: " + outline.getBounds2D());
        assertTrue(font.outline(' ').orElseThrow().getBounds2D().isEmpty());
    }

    @Test
    void unmappedCodePointIsEmpty() throws IOException {
        CorpusFont font = loadCorpusFont("lobster/lobster-latin-400-normal.woff");
        assertFalse(font.isMapped(0x4E00));
        assertTrue(font.outline(0x4E00).isEmpty());
        assertTrue(font.advanceWidth(0x4E00).isEmpty());
    }

    @Test
    void woffRoundTripKeepsTablesAndOutlines() throws IOException {
        Path file = TestCorpus.fontsDir().resolve("dejavu-serif/DejaVuSerif-Bold.ttf");
        byte[] sfnt = Files.readAllBytes(file);
        byte[] woff = WoffTestEncoder.encode(sfnt);
        assertTrue(woff.length < sfnt.length, "the test encoder compresses");

        byte[] decoded = new WoffDecoder("test.woff", FontLimits.defaults()).decode(woff);
        assertDirectoryChecksumsMatch(decoded);
        CorpusFont original = loader.parse(sfnt, "original.ttf", null, null);
        CorpusFont fromWoff = loader.parse(woff, "test.woff", null, null);
        assertEquals(original.numGlyphs(), fromWoff.numGlyphs());
        assertEquals(original.metrics(), fromWoff.metrics());
        for (int codePoint = 0x20; codePoint <= 0xFF; codePoint++) {
            assertEquals(original.isMapped(codePoint), fromWoff.isMapped(codePoint));
            assertEquals(original.advanceWidth(codePoint), fromWoff.advanceWidth(codePoint));
            assertEquals(pathPoints(original.outline(codePoint)), pathPoints(fromWoff.outline(codePoint)),
                    CorpusFont.codePointName(codePoint));
        }
    }

    @Test
    void corpusWoffDecodesWithValidChecksums() throws IOException {
        byte[] woff = Files.readAllBytes(TestCorpus.fontsDir().resolve("arvo/arvo-latin-400-normal.woff"));
        byte[] sfnt = new WoffDecoder("arvo", FontLimits.defaults()).decode(woff);
        assertDirectoryChecksumsMatch(sfnt);
    }

    private CorpusFont loadCorpusFont(String file) throws IOException {
        Path fonts = TestCorpus.fontsDir();
        return loader.load(fonts, CorpusManifest.read(fonts).find(file).orElseThrow());
    }

    /** Recomputes every table checksum of a decoded sfnt and compares it with its directory. */
    private static void assertDirectoryChecksumsMatch(byte[] sfnt) {
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(sfnt);
        int numTables = Short.toUnsignedInt(in.getShort(4));
        for (int i = 0; i < numTables; i++) {
            int at = 12 + 16 * i;
            int tag = in.getInt(at);
            int offset = in.getInt(at + 8);
            int length = in.getInt(at + 12);
            assertEquals(0, offset % 4, "table offsets are 4-byte aligned");
            byte[] table = java.util.Arrays.copyOfRange(sfnt, offset, offset + length);
            int checksum = WoffDecoder.tagName(tag).equals("head")
                    ? WoffDecoder.headChecksum(table) : WoffDecoder.tableChecksum(table);
            assertEquals(in.getInt(at + 4), checksum, "checksum of " + WoffDecoder.tagName(tag));
        }
    }

    private static List<Double> pathPoints(Optional<GeneralPath> path) {
        List<Double> points = new ArrayList<>();
        path.ifPresent(p -> {
            double[] coords = new double[6];
            for (PathIterator it = p.getPathIterator(null); !it.isDone(); it.next()) {
                int type = it.currentSegment(coords);
                points.add((double) type);
                for (double c : coords) {
                    points.add(c);
                }
                java.util.Arrays.fill(coords, 0);
            }
        });
        return points;
    }
}
