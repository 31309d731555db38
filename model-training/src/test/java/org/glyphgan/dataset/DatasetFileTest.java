package org.glyphgan.dataset;

import org.glyphgan.corpus.TestCorpus;
import org.glyphgan.raster.CharacterSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetFileTest {
    private static final int SIZE_PX = 32;
    /** U+4E00 is in no corpus font, so every font skips it. */
    private static final String CHARS = "AgÅ,U+4E00";

    private static GlyphDataset testSplit;

    @TempDir
    Path temp;

    @BeforeAll
    static void buildTestSplit() throws IOException {
        testSplit = builder(CHARS).build("test");
    }

    private static DatasetBuilder builder(String chars) throws IOException {
        return DatasetBuilder.forCorpus(TestCorpus.fontsDir(), SIZE_PX, CharacterSet.parse(chars));
    }

    @Test
    void missingGlyphsAreSkipped() {
        int fonts = testSplit.fontIds().size();
        assertEquals(14, fonts);
        assertEquals(3 * fonts, testSplit.samples().size());
        assertTrue(testSplit.samples().stream().noneMatch(sample -> sample.codePoint() == 0x4E00));
        assertTrue(testSplit.samples().stream().allMatch(sample -> sample.bitmap().inkFraction() > 0.01));
    }

    @Test
    void writeThenReadGivesSameDataset() throws IOException {
        Path file = temp.resolve("test.ggds");
        DatasetFile.write(file, testSplit);
        GlyphDataset read = DatasetFile.read(file);
        assertEquals(testSplit, read);
        try (DatasetReader reader = DatasetFile.open(file)) {
            assertEquals("test", reader.header().split());
            assertEquals(SIZE_PX, reader.header().sizePx());
            assertEquals("U+0041,U+0067,U+00C5", reader.header().characterSet());
            assertEquals(testSplit.corpusHash(), reader.header().corpusHash());
        }
    }

    @Test
    void sameCorpusGivesIdenticalBytes() throws IOException {
        Path first = temp.resolve("first.ggds");
        Path second = temp.resolve("second.ggds");
        DatasetFile.write(first, testSplit);
        DatasetFile.write(second, builder(CHARS).build("test"));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void corpusHashDependsOnSettings() throws IOException {
        GlyphDataset other = builder("Ag").build(DatasetBuilder.BASE_SPLIT);
        assertEquals(List.of("dejavu-sans/DejaVuSans.ttf"), other.fontIds());
        assertNotEquals(testSplit.corpusHash(), other.corpusHash());
        assertNotEquals(builder("Ag").build(DatasetBuilder.BASE_SPLIT).corpusHash(),
                builder("Ah").build(DatasetBuilder.BASE_SPLIT).corpusHash());
    }

    @Test
    void streamingReaderYieldsRecordsInOrder() throws IOException {
        Path file = temp.resolve("stream.ggds");
        DatasetFile.write(file, testSplit);
        try (DatasetReader reader = DatasetFile.open(file)) {
            for (GlyphSample expected : testSplit.samples()) {
                assertTrue(reader.hasNext());
                assertEquals(expected, reader.next());
            }
            assertFalse(reader.hasNext());
        }
    }

    @Test
    void truncatedFileRejected() throws IOException {
        Path file = temp.resolve("cut.ggds");
        DatasetFile.write(file, testSplit);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 100));
        DatasetFormatException error = assertThrows(DatasetFormatException.class, () -> DatasetFile.read(file));
        assertTrue(error.getMessage().contains("cut.ggds"), error.getMessage());
        assertTrue(error.getMessage().contains("truncated"), error.getMessage());
    }

    @Test
    void flippedByteRejected() throws IOException {
        Path file = temp.resolve("damaged.ggds");
        DatasetFile.write(file, testSplit);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(file, bytes);
        DatasetFormatException error = assertThrows(DatasetFormatException.class, () -> DatasetFile.read(file));
        assertTrue(error.getMessage().contains("CRC-32"), error.getMessage());
    }

    @Test
    void foreignFileRejected() throws IOException {
        Path file = temp.resolve("foreign.ggds");
        Files.writeString(file, "this is not a dataset file");
        DatasetFormatException error = assertThrows(DatasetFormatException.class, () -> DatasetFile.read(file));
        assertTrue(error.getMessage().contains("magic"), error.getMessage());
    }

    @Test
    void iteratorWrapsDamage() throws IOException {
        Path file = temp.resolve("short.ggds");
        DatasetFile.write(file, testSplit);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        try (DatasetReader reader = DatasetFile.open(file)) {
            UncheckedIOException error = assertThrows(UncheckedIOException.class, () -> {
                while (reader.hasNext()) {
                    reader.next();
                }
            });
            assertTrue(error.getCause() instanceof DatasetFormatException);
        }
    }
}
