package org.glyphgan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.glyphgan.corpus.CorpusFont;
import org.glyphgan.corpus.FontLoader;
import org.glyphgan.raster.CharacterSet;
import org.glyphgan.raster.GlyphRasterizer;
import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A partial font is rendered exactly with its own metrics, and its side bearings are measured. */
class FontSampleImportTest {
    @TempDir
    Path folder;

    /** Writes a TrueType subset of the base font holding only {@code characters}. */
    static byte[] partialFont(String characters) throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(
                SampleFixtures.baseFontPath().toFile()))) {
            TTFSubsetter subsetter = new TTFSubsetter(font);
            Set<Integer> codePoints = new TreeSet<>();
            characters.codePoints().forEach(codePoints::add);
            subsetter.addAll(codePoints);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }

    @Test
    void partialFontRenderedExactly() throws IOException {
        Path file = folder.resolve("partial.bin");
        Files.write(file, partialFont("Hamb"));

        SampleSet samples = new SampleImporter(SampleFixtures.BOX).importSamples(List.of(file));

        assertEquals(List.of((int) 'H', (int) 'a', (int) 'b', (int) 'm'), samples.codePoints());
        assertTrue(samples.warnings().isEmpty(), samples.warnings().toString());
        samples.glyphs().forEach((codePoint, bitmap) ->
                assertEquals(SampleFixtures.reference(codePoint), bitmap, "glyph " + Character.toString(codePoint)));
        assertEquals(expectedSideBearingEm("Hamb"), samples.spacing().sideBearingEm(), 1e-9);
    }

    @Test
    void woffFontRenderedWithOwnMetrics() throws IOException {
        Path woff = SampleFixtures.fontsDir().resolve("playfair-display/playfair-display-latin-400-normal.woff");
        CorpusFont font = new FontLoader().loadFile(woff);

        SampleSet samples = new SampleImporter(SampleFixtures.BOX).importSamples(List.of(woff));

        assertEquals(CharacterSet.BASIC_LAST - CharacterSet.BASIC_FIRST + 1, samples.glyphs().size(),
                samples.warnings().toString());
        GrayBitmap expected = new GlyphRasterizer(SampleFixtures.BOX).render(font.outline('g').orElseThrow(),
                font.unitsPerEm(), font.advanceWidth('g').orElseThrow());
        assertEquals(expected, samples.glyphs().get((int) 'g'));
        assertEquals(meanSideBearingEm(font), samples.spacing().sideBearingEm(), 1e-9);
    }

    private static double meanSideBearingEm(CorpusFont font) throws IOException {
        double sum = 0;
        int count = 0;
        for (int codePoint = CharacterSet.BASIC_FIRST; codePoint <= CharacterSet.BASIC_LAST; codePoint++) {
            Rectangle2D bounds = font.outline(codePoint).orElseThrow().getBounds2D();
            sum += (bounds.getMinX() + font.advanceWidth(codePoint).orElseThrow() - bounds.getMaxX()) / 2;
            count++;
        }
        return sum / count / font.unitsPerEm();
    }

    @Test
    void fontGlyphWinsOverImageOfSameCharacter() throws IOException {
        Files.write(folder.resolve("font.ttf"), partialFont("Hx"));
        SampleFixtures.writeImage(SampleFixtures.drawLetter('x', 60, 150, 150, 20, 100), "png",
                folder.resolve("x.png"));

        SampleSet samples = new SampleImporter(SampleFixtures.BOX).importSamples(List.of(folder));

        assertEquals(SampleFixtures.reference('x'), samples.glyphs().get((int) 'x'));
        assertEquals(1, samples.warnings().size(), samples.warnings().toString());
        assertTrue(samples.warnings().get(0).contains("already given"), samples.warnings().get(0));
    }

    private static double expectedSideBearingEm(String characters) {
        double sum = 0;
        for (int codePoint : characters.codePoints().toArray()) {
            Rectangle2D bounds = SampleFixtures.outline(codePoint).getBounds2D();
            int advance = SampleFixtures.advanceWidth(codePoint);
            sum += (bounds.getMinX() + advance - bounds.getMaxX()) / 2;
        }
        return sum / characters.length() / SampleFixtures.baseFont().unitsPerEm();
    }
}
