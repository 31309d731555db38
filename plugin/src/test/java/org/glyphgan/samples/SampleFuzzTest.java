package org.glyphgan.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged PNG, SVG and font bytes (seeded random byte flips, truncations and inserted junk) never
 * crash the importer: the good samples beside them are still imported.
 */
class SampleFuzzTest {
    private static final int MUTATIONS_PER_KIND = 12;

    @TempDir
    Path folder;

    private final SampleImporter importer = new SampleImporter(SampleFixtures.BOX);

    @BeforeEach
    void writeGoodSamples() {
        for (int codePoint : "Hx".codePoints().toArray()) {
            SampleFixtures.writeImage(SampleFixtures.drawLetter(codePoint, 80, 180, 180, 30, 120), "png",
                    folder.resolve(ImageSampleImportTest.fileName(codePoint) + ".png"));
        }
    }

    @Test
    void damagedPngNeverCrashes() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(SampleFixtures.drawLetter('o', 80, 180, 180, 30, 120), "png", png);
        fuzz(png.toByteArray(), "o.png", 1);
    }

    @Test
    void damagedSvgNeverCrashes() throws IOException {
        fuzz(SampleFixtures.svgOf('o').getBytes(StandardCharsets.UTF_8), "o.svg", 2);
    }

    @Test
    void damagedFontNeverCrashes() throws IOException {
        fuzz(FontSampleImportTest.partialFont("o"), "o.ttf", 3);
    }

    @Test
    void hugeDeclaredImageRejectedBeforeDecoding() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(SampleFixtures.drawLetter('o', 80, 180, 180, 30, 120), "png", png);
        byte[] bytes = png.toByteArray();
        // IHDR width and height, big-endian, at bytes 16-23 of every PNG.
        bytes[17] = 0x01;
        bytes[21] = 0x01;
        Path file = folder.resolve("o.png");
        Files.write(file, bytes);

        SampleSet samples = importer.importSamples(List.of(folder));

        assertEquals(List.of((int) 'H', (int) 'x'), samples.codePoints());
        assertTrue(samples.warnings().get(0).contains("outside the limit of 1 to 4096 px"), samples.warnings().toString());
    }

    private void fuzz(byte[] original, String fileName, long seed) throws IOException {
        Random random = new Random(seed);
        Path file = folder.resolve(fileName);
        for (int i = 0; i < MUTATIONS_PER_KIND; i++) {
            byte[] mutated = mutate(original, random);
            Files.write(file, mutated);

            SampleSet samples = importer.importSamples(List.of(folder));

            assertTrue(samples.glyphs().containsKey((int) 'H'), "mutation " + i + " of " + fileName);
            assertTrue(samples.glyphs().containsKey((int) 'x'), "mutation " + i + " of " + fileName);
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        int kind = random.nextInt(3);
        if (kind == 0) {
            return Arrays.copyOf(original, 1 + random.nextInt(original.length - 1));
        }
        byte[] mutated = original.clone();
        if (kind == 1) {
            for (int flips = 1 + random.nextInt(20); flips > 0; flips--) {
                mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
            }
            return mutated;
        }
        int at = random.nextInt(mutated.length);
        byte[] junk = new byte[1 + random.nextInt(64)];
        random.nextBytes(junk);
        byte[] inserted = new byte[mutated.length + junk.length];
        System.arraycopy(mutated, 0, inserted, 0, at);
        System.arraycopy(junk, 0, inserted, at, junk.length);
        System.arraycopy(mutated, at, inserted, at + junk.length, mutated.length - at);
        return inserted;
    }
}
