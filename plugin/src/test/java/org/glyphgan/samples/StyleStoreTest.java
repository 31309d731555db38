package org.glyphgan.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.glyphgan.gan.GeneratorLayers;
import org.glyphgan.gan.StyleCode;
import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class StyleStoreTest {
    private static final StyleCode CODE = new StyleCode(new float[] {0.25f, -1.5f, 3.0e-7f, 42f});

    @TempDir
    Path directory;

    private SampleSet samples() {
        return new SampleSet(Map.of(0x78, GrayBitmap.blank(4, 4), 0x41, GrayBitmap.blank(4, 4)), List.of(),
                new SpacingHint(0.07));
    }

    @Test
    void defaultDirectoryComesFromItsOwnVariable() {
        assertEquals("GLYPHGAN_STYLES_DIR", StyleStore.STYLES_DIR_VARIABLE);
        assertEquals(Path.of("/data/styles"), StyleStore.defaultDirectory("/data/styles", "/home/ann"));
        assertEquals(Path.of("/home/ann/.glyphgan/styles"), StyleStore.defaultDirectory(null, "/home/ann"));
        assertEquals(Path.of("/home/ann/.glyphgan/styles"), StyleStore.defaultDirectory(" ", "/home/ann"));
    }

    @Test
    void saveAndLoadRoundTrip() {
        StyleStore store = new StyleStore(directory.resolve("styles"));
        Instant before = Instant.now();

        store.save("my-hand_2", CODE, samples());
        StoredStyle loaded = store.load("my-hand_2").orElseThrow();

        assertEquals("my-hand_2", loaded.name());
        assertArrayEquals(CODE.vector(), loaded.code().vector());
        assertEquals(List.of(0x41, 0x78), loaded.sampleCodePoints());
        assertEquals(0.07, loaded.sideBearingEm());
        assertTrue(!loaded.created().isBefore(before.minusSeconds(1)), loaded.created().toString());
        assertTrue(Files.isRegularFile(directory.resolve("styles/my-hand_2.json")));
    }

    @Test
    void jsonFileHasVersionAndFields() throws IOException {
        StyleStore store = new StyleStore(directory);
        store.save("ink", CODE, List.of(0x41), 0.05, Instant.parse("2026-01-31T12:00:00Z"));

        String json = Files.readString(directory.resolve("ink.json"));

        assertTrue(json.contains("\"formatVersion\" : 1"), json);
        assertTrue(json.contains("\"created\" : \"2026-01-31T12:00:00Z\""), json);
        assertTrue(json.contains("\"sampleCodePoints\" : [ 65 ]"), json);
    }

    @Test
    void saveReplacesAndLeavesNoTemporaryFiles() throws IOException {
        StyleStore store = new StyleStore(directory);
        store.save("ink", CODE, samples());
        StyleCode second = new StyleCode(new float[] {1f, 2f, 3f, 4f});

        store.save("ink", second, samples());

        assertEquals(second, store.load("ink").orElseThrow().code());
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of(directory.resolve("ink.json")), files.toList());
        }
    }

    @Test
    void listSortedByName() {
        StyleStore store = new StyleStore(directory);
        for (String name : List.of("zeta", "Alpha", "beta", "alpha-2")) {
            store.save(name, CODE, samples());
        }

        List<String> names = store.list().stream().map(StoredStyle::name).toList();

        assertEquals(List.of("Alpha", "alpha-2", "beta", "zeta"), names);
    }

    @Test
    void listOfMissingDirectoryIsEmpty() {
        assertEquals(List.of(), new StyleStore(directory.resolve("none")).list());
    }

    @Test
    void loadOfUnknownNameIsEmpty() {
        assertTrue(new StyleStore(directory).load("nobody").isEmpty());
    }

    @Test
    void badNamesRejected() {
        StyleStore store = new StyleStore(directory);
        for (String name : List.of("", "a/b", "..", "with space", "naïve", "x".repeat(65), "../escape", "a.json")) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> store.save(name, CODE, samples()), name);
            assertTrue(error.getMessage().contains("Invalid style name '" + name + "'"), error.getMessage());
            assertTrue(error.getMessage().contains("1 to 64 letters, digits, '-' or '_'"), error.getMessage());
        }
        store.save("x".repeat(64), CODE, samples());
        assertEquals(1, store.list().size());
    }

    @Test
    void corruptFileNamedInError() throws IOException {
        StyleStore store = new StyleStore(directory);
        store.save("good", CODE, samples());
        Path corrupt = directory.resolve("broken.json");
        Files.writeString(corrupt, "{\"formatVersion\": 1, \"name\": \"broken\", \"code\": [0.1, ");

        StyleStoreException error = assertThrows(StyleStoreException.class, () -> store.load("broken"));

        assertTrue(error.getMessage().contains(corrupt.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("is damaged"), error.getMessage());
        assertEquals(List.of("good"), store.list().stream().map(StoredStyle::name).toList());
    }

    @Test
    void missingFieldAndNameMismatchRejected() throws IOException {
        StyleStore store = new StyleStore(directory);
        Files.writeString(directory.resolve("nocode.json"), "{\"formatVersion\": 1, \"name\": \"nocode\","
                + " \"sampleCodePoints\": [65], \"sideBearingEm\": 0.1, \"created\": \"2026-01-31T12:00:00Z\"}");
        Files.writeString(directory.resolve("renamed.json"), "{\"formatVersion\": 1, \"name\": \"other\","
                + " \"code\": [1.0], \"sampleCodePoints\": [65], \"sideBearingEm\": 0.1,"
                + " \"created\": \"2026-01-31T12:00:00Z\"}");

        String missing = assertThrows(StyleStoreException.class, () -> store.load("nocode")).getMessage();
        String mismatch = assertThrows(StyleStoreException.class, () -> store.load("renamed")).getMessage();

        assertTrue(missing.contains("a required field"), missing);
        assertTrue(mismatch.contains("field 'name' is 'other', not 'renamed'"), mismatch);
    }

    @Test
    void newerFormatVersionRejected() throws IOException {
        StyleStore store = new StyleStore(directory);
        Files.writeString(directory.resolve("future.json"), "{\"formatVersion\": 9, \"name\": \"future\","
                + " \"code\": [1.0], \"sampleCodePoints\": [], \"sideBearingEm\": 0, \"created\": \"2030-01-01T00:00:00Z\"}");

        String message = assertThrows(StyleStoreException.class, () -> store.load("future")).getMessage();

        assertTrue(message.contains("format version 9"), message);
        assertTrue(message.contains("update glyphgan"), message);
    }

    @Test
    void nonFiniteCodeRejected() {
        StyleStore store = new StyleStore(directory);
        StyleCode broken = new StyleCode(new float[] {1f, Float.NaN});

        String message = assertThrows(IllegalArgumentException.class, () -> store.save("nan", broken, samples()))
                .getMessage();

        assertTrue(message.contains("NaN"), message);
    }

    @Test
    void decoderArraysRoundTrip() throws IOException {
        StyleStore store = new StyleStore(directory);
        Map<String, INDArray> arrays = decoderArrays();

        StoredStyle saved = store.save("tuned", CODE, List.of(0x41), 0.05, Instant.parse("2026-01-31T12:00:00Z"),
                arrays, 150);
        StoredStyle loaded = store.load("tuned").orElseThrow();

        assertEquals(saved, loaded);
        assertTrue(loaded.fineTuned());
        assertEquals(150, loaded.decoder().fineTuneSteps());
        assertEquals(arrays, store.loadDecoder(loaded));
        String json = Files.readString(directory.resolve("tuned.json"));
        assertTrue(json.contains("\"formatVersion\" : 2"), json);
        assertTrue(json.contains("\"decoderFile\" : \"" + loaded.decoder().file().getFileName() + "\""), json);
        assertTrue(json.contains("\"decoderSha256\" : \"" + loaded.decoder().sha256() + "\""), json);
    }

    @Test
    void codeOnlyStyleKeepsVersionOneFields() throws IOException {
        StyleStore store = new StyleStore(directory);
        store.save("ink", CODE, List.of(0x41), 0.05, Instant.parse("2026-01-31T12:00:00Z"));

        String json = Files.readString(directory.resolve("ink.json"));

        assertTrue(!json.contains("decoder"), json);
        assertTrue(!json.contains("fineTuneSteps"), json);
        assertTrue(!store.load("ink").orElseThrow().fineTuned());
    }

    @Test
    void decoderWithUnexpectedEntryRejected() throws IOException {
        StyleStore store = new StyleStore(directory);
        Map<String, INDArray> arrays = new java.util.LinkedHashMap<>(decoderArrays());
        arrays.put("g_e1_w", Nd4j.zeros(2));
        StoredStyle saved = store.save("odd", CODE, List.of(0x41), 0.05, Instant.now(), arrays, 3);

        String message = assertThrows(StyleStoreException.class, () -> store.loadDecoder(saved)).getMessage();

        assertTrue(message.startsWith("The tuned decoder " + saved.decoder().file() + " of saved style 'odd' is"
                + " damaged: it has an unexpected entry decoder/g_e1_w;"), message);
    }

    @Test
    void decoderFieldWithoutHashRejected() throws IOException {
        StyleStore store = new StyleStore(directory);
        Files.writeString(directory.resolve("half.json"), "{\"formatVersion\": 2, \"name\": \"half\", \"code\": [1.0],"
                + " \"sampleCodePoints\": [65], \"sideBearingEm\": 0, \"created\": \"2026-01-01T00:00:00Z\","
                + " \"decoderFile\": \"half.decoder-0123456789abcdef.zip\"}");

        String message = assertThrows(StyleStoreException.class, () -> store.load("half")).getMessage();

        assertTrue(message.contains("it has format version 2 but lacks the field 'decoderFile' or 'decoderSha256'"),
                message);
        assertTrue(message.endsWith("delete the file and retrain the style"), message);
    }

    @Test
    void decoderFileOutsideFolderRejected() throws IOException {
        StyleStore store = new StyleStore(directory.resolve("styles"));
        Files.createDirectories(directory.resolve("styles"));
        Files.writeString(directory.resolve("styles/away.json"), "{\"formatVersion\": 2, \"name\": \"away\","
                + " \"code\": [1.0], \"sampleCodePoints\": [65], \"sideBearingEm\": 0,"
                + " \"created\": \"2026-01-01T00:00:00Z\", \"decoderFile\": \"away.decoder-/../../outside.zip\","
                + " \"decoderSha256\": \"" + "0".repeat(64) + "\"}");

        String message = assertThrows(StyleStoreException.class, () -> store.load("away")).getMessage();

        assertTrue(message.contains("its field 'decoderFile' is 'away.decoder-/../../outside.zip', not a file name"
                + " of the form away.decoder-HASH.zip in the styles folder"), message);
    }

    @Test
    void versionOneWithDecoderRejected() throws IOException {
        StyleStore store = new StyleStore(directory);
        Files.writeString(directory.resolve("old.json"), "{\"formatVersion\": 1, \"name\": \"old\", \"code\": [1.0],"
                + " \"sampleCodePoints\": [65], \"sideBearingEm\": 0, \"created\": \"2026-01-01T00:00:00Z\","
                + " \"decoderFile\": \"old.decoder-0123456789abcdef.zip\", \"decoderSha256\": \"" + "0".repeat(64) + "\"}");

        String message = assertThrows(StyleStoreException.class, () -> store.load("old")).getMessage();

        assertTrue(message.contains("it has format version 1 but names a tuned decoder"), message);
    }

    private static Map<String, INDArray> decoderArrays() {
        Map<String, INDArray> arrays = new java.util.LinkedHashMap<>();
        int seed = 1;
        for (String name : GeneratorLayers.decoderArrayNames()) {
            arrays.put(name, Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 3, seed++));
        }
        return arrays;
    }
}
