package org.glyphgan.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.GlyphSample;
import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CharacterClassifierTest {
    private static final int SIZE_PX = TinyClassifier.SIZE_PX;
    private static final List<Integer> CHARACTERS = TinyClassifier.CHARACTERS;

    private static GlyphDataset train;
    private static CharacterClassifier classifier;

    @BeforeAll
    static void trainTinyClassifier() {
        train = TestGlyphs.dataset("train", SIZE_PX, List.of(TestGlyphs.SANS, TestGlyphs.SERIF), CHARACTERS);
        classifier = TinyClassifier.get();
    }

    @Test
    void trainingReducesLoss() {
        List<Double> losses = TinyClassifier.EPOCH_LOSSES;
        assertEquals(TinyClassifier.CONFIG.epochs(), losses.size());
        double first = losses.get(0);
        double last = losses.get(losses.size() - 1);
        assertTrue(last < 0.5 * first, "loss went from " + first + " to " + last);
    }

    @Test
    void trainingGlyphsAreMostlyRecognized() {
        double accuracy = classifier.accuracy(train.samples());
        // Chance is 1/20 among the trained characters.
        assertTrue(accuracy > 0.8, "accuracy on the training glyphs was " + accuracy);
    }

    @Test
    void confidenceIsProbabilityOfIntendedCharacter() {
        GrayBitmap glyph = train.samples().get(CHARACTERS.indexOf((int) 'A')).bitmap();
        float[] probabilities = classifier.probabilities(List.of(glyph))[0];
        double sum = 0;
        for (float probability : probabilities) {
            sum += probability;
        }
        assertEquals(BasicLatin.SIZE, probabilities.length);
        assertEquals(1.0, sum, 1e-4);
        assertEquals(probabilities[BasicLatin.indexOf('A')], classifier.confidence(glyph, 'A'), 1e-7);
    }

    @Test
    void savedClassifierPredictsTheSame() throws IOException {
        Path file = Files.createTempDirectory("classifier").resolve("classifier.zip");
        classifier.save(file);
        CharacterClassifier loaded = CharacterClassifier.load(file);

        List<GrayBitmap> glyphs = new ArrayList<>();
        for (GlyphSample sample : train.samples().subList(0, 10)) {
            glyphs.add(sample.bitmap());
        }
        float[][] before = classifier.probabilities(glyphs);
        float[][] after = loaded.probabilities(glyphs);
        assertEquals(SIZE_PX, loaded.sizePx());
        for (int i = 0; i < before.length; i++) {
            assertArrayEquals(before[i], after[i], 1e-6f);
        }
    }

    @Test
    void loadRejectsTruncatedFile(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("classifier.zip");
        classifier.save(file);
        byte[] bytes = Files.readAllBytes(file);
        Path truncated = directory.resolve("truncated.zip");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        IOException error = assertThrows(IOException.class, () -> CharacterClassifier.load(truncated));
        assertTrue(error.getMessage().contains("truncated.zip"), error.getMessage());
    }

    @Test
    void loadRejectsForeignZip(@TempDir Path directory) throws IOException {
        Path foreign = directory.resolve("foreign.zip");
        try (OutputStream out = Files.newOutputStream(foreign); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a model".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        IOException error = assertThrows(IOException.class, () -> CharacterClassifier.load(foreign));
        assertTrue(error.getMessage().contains("train-classifier"), error.getMessage());
    }

    @Test
    void loadRejectsMissingFile(@TempDir Path directory) {
        IOException error = assertThrows(IOException.class,
                () -> CharacterClassifier.load(directory.resolve("absent.zip")));
        assertTrue(error.getMessage().contains("absent.zip"), error.getMessage());
    }

    @Test
    void classifierRejectsWrongSize() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> classifier.predict(GrayBitmap.blank(64, 64)));
        assertTrue(error.getMessage().contains("64x64"), error.getMessage());
    }
}
