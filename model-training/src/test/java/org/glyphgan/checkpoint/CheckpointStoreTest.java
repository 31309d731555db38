package org.glyphgan.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.glyphgan.gan.GanParameters;
import org.glyphgan.gan.TinyGan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {
    @TempDir
    Path dir;

    private static Checkpoint checkpointAt(int step) {
        GanParameters params = GanParameters.initialise(TinyGan.ARCHITECTURE, 2, step);
        return new Checkpoint(step, "{}", "corpus", "test", TinyGan.ARCHITECTURE, List.of("a", "b"),
                params.arrays(), Map.of(), Map.of(), "header\n", "header\n");
    }

    @Test
    void writeThenReadKeepsEverything() throws Exception {
        CheckpointStore store = new CheckpointStore(dir, 3);
        Checkpoint saved = checkpointAt(7);
        Checkpoint read = CheckpointStore.read(store.write(saved));
        assertEquals(7, read.step());
        assertEquals("corpus", read.corpusHash());
        assertEquals(TinyGan.ARCHITECTURE, read.architecture());
        assertEquals(List.of("a", "b"), read.fontIds());
        for (String name : saved.parameters().keySet()) {
            assertEquals(saved.parameters().get(name), read.parameters().get(name), name);
        }
    }

    @Test
    void keepsOnlyNewestFiles() throws Exception {
        CheckpointStore store = new CheckpointStore(dir, 2);
        for (int step = 1; step <= 4; step++) {
            store.write(checkpointAt(step));
        }
        List<Path> files = store.list();
        assertEquals(2, files.size());
        assertEquals(4, CheckpointStore.stepOf(files.get(0)));
        assertEquals(3, CheckpointStore.stepOf(files.get(1)));
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary files may remain");
        }
    }

    @Test
    void invalidLaterFileDoesNotPruneNewCheckpoints() throws Exception {
        CheckpointStore store = new CheckpointStore(dir, 1);
        store.write(checkpointAt(1));
        // A later file that a resume skipped: the run continues from step 1 and writes step 2 and 3.
        Path invalid = Files.write(dir.resolve("checkpoint-0000009.zip"), new byte[] {1, 2, 3});
        store.write(checkpointAt(2));
        Path third = store.write(checkpointAt(3));
        assertEquals(List.of(invalid, third), store.list());
        assertEquals(3, store.readNewestValid().orElseThrow().step());
    }

    @Test
    void truncatedNewestFallsBackToPrevious() throws Exception {
        CheckpointStore store = new CheckpointStore(dir, 5);
        store.write(checkpointAt(1));
        Path newest = store.write(checkpointAt(2));
        byte[] bytes = Files.readAllBytes(newest);
        Files.write(newest, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThrows(InvalidCheckpointException.class, () -> CheckpointStore.read(newest));
        assertEquals(1, store.readNewestValid().orElseThrow().step());
    }

    @Test
    void foreignZipIsRejected() throws Exception {
        Path foreign = dir.resolve("checkpoint-0000009.zip");
        try (OutputStream out = Files.newOutputStream(foreign); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("checkpoint.json"));
            zip.write("{\"format\":\"something-else\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        InvalidCheckpointException e = assertThrows(InvalidCheckpointException.class, () -> CheckpointStore.read(foreign));
        assertTrue(e.getMessage().contains("not a glyphgan checkpoint"), e.getMessage());
        assertTrue(new CheckpointStore(dir, 5).readNewestValid().isEmpty());
    }

    @Test
    void moreFontsThanEmbeddingRowsRejected() throws Exception {
        Checkpoint saved = checkpointAt(3);
        Checkpoint threeFonts = new Checkpoint(3, "{}", "corpus", "test", TinyGan.ARCHITECTURE, List.of("a", "b", "c"),
                saved.parameters(), Map.of(), Map.of(), "header\n", "header\n");
        Path file = new CheckpointStore(dir, 2).write(threeFonts);
        InvalidCheckpointException e = assertThrows(InvalidCheckpointException.class, () -> CheckpointStore.read(file));
        assertTrue(e.getMessage().contains("3 fonts"), e.getMessage());
        assertTrue(e.getMessage().contains("[2, "), e.getMessage());
    }

    @Test
    void missingArrayIsRejected() throws Exception {
        Checkpoint saved = checkpointAt(4);
        Map<String, org.nd4j.linalg.api.ndarray.INDArray> partial = new java.util.LinkedHashMap<>(saved.parameters());
        String dropped = partial.keySet().iterator().next();
        partial.remove(dropped);
        Path file = new CheckpointStore(dir, 2).write(new Checkpoint(4, "{}", "corpus", "test", TinyGan.ARCHITECTURE,
                List.of("a", "b"), partial, Map.of(), Map.of(), "header\n", "header\n"));
        InvalidCheckpointException e = assertThrows(InvalidCheckpointException.class, () -> CheckpointStore.read(file));
        assertTrue(e.getMessage().contains(dropped + " is missing"), e.getMessage());
    }

    @Test
    void absurdManifestArchitectureIsRejectedQuickly() throws Exception {
        Path file = new CheckpointStore(dir, 2).write(checkpointAt(5));
        // Arrays for this shape would need gigabytes; the check compares shapes without creating them.
        rewriteEntry(file, "checkpoint.json", json -> json.replaceFirst("\"generatorChannels\" : \\d+",
                "\"generatorChannels\" : 4096"));
        long started = System.nanoTime();
        InvalidCheckpointException e = assertThrows(InvalidCheckpointException.class, () -> CheckpointStore.read(file));
        double seconds = (System.nanoTime() - started) / 1e9;
        assertTrue(e.getMessage().contains("has shape"), e.getMessage());
        assertTrue(seconds < 10, "rejecting took " + seconds + " s");
    }

    @Test
    void negativeManifestChannelsAreRejected() throws Exception {
        Path file = new CheckpointStore(dir, 2).write(checkpointAt(5));
        rewriteEntry(file, "checkpoint.json", json -> json.replaceFirst("\"generatorChannels\" : \\d+",
                "\"generatorChannels\" : -4"));
        InvalidCheckpointException e = assertThrows(InvalidCheckpointException.class, () -> CheckpointStore.read(file));
        assertTrue(e.getMessage().contains("generatorChannels"), e.getMessage());
    }

    @Test
    void optimizerStateOfWrongLengthIsRejected() throws Exception {
        Checkpoint saved = checkpointAt(6);
        String name = saved.parameters().keySet().iterator().next();
        long length = saved.parameters().get(name).length();
        Map<String, org.nd4j.linalg.api.ndarray.INDArray> states = Map.of(name,
                org.nd4j.linalg.factory.Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, 1, length));
        Path file = new CheckpointStore(dir, 2).write(new Checkpoint(6, "{}", "corpus", "test", TinyGan.ARCHITECTURE,
                List.of("a", "b"), saved.parameters(), states, Map.of(), "header\n", "header\n"));
        InvalidCheckpointException e = assertThrows(InvalidCheckpointException.class, () -> CheckpointStore.read(file));
        assertTrue(e.getMessage().contains("adam-generator/" + name), e.getMessage());
        assertTrue(e.getMessage().contains("need " + 2 * length), e.getMessage());
    }

    @Test
    void optimizerStateWithoutParameterIsRejected() throws Exception {
        Checkpoint saved = checkpointAt(6);
        Map<String, org.nd4j.linalg.api.ndarray.INDArray> states = Map.of("d_extra_w",
                org.nd4j.linalg.factory.Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, 1, 2));
        Path file = new CheckpointStore(dir, 2).write(new Checkpoint(6, "{}", "corpus", "test", TinyGan.ARCHITECTURE,
                List.of("a", "b"), saved.parameters(), Map.of(), states, "header\n", "header\n"));
        InvalidCheckpointException e = assertThrows(InvalidCheckpointException.class, () -> CheckpointStore.read(file));
        assertTrue(e.getMessage().contains("adam-discriminator/d_extra_w belongs to no parameter"), e.getMessage());
    }

    @Test
    void unreadableStoredConfigFallsBackToPrevious() throws Exception {
        CheckpointStore store = new CheckpointStore(dir, 5);
        store.write(checkpointAt(1));
        Path newest = store.write(checkpointAt(2));
        rewriteEntry(newest, "config.json", json -> "{not json");
        InvalidCheckpointException e = assertThrows(InvalidCheckpointException.class, () -> CheckpointStore.read(newest));
        assertTrue(e.getMessage().contains("config.json is not valid JSON"), e.getMessage());
        assertEquals(1, store.readNewestValid().orElseThrow().step());
    }

    @Test
    void unreadableManifestFallsBackToPrevious() throws Exception {
        CheckpointStore store = new CheckpointStore(dir, 5);
        store.write(checkpointAt(1));
        Path newest = store.write(checkpointAt(2));
        rewriteEntry(newest, "checkpoint.json", json -> json.substring(0, json.length() / 2));
        InvalidCheckpointException e = assertThrows(InvalidCheckpointException.class, () -> CheckpointStore.read(newest));
        assertTrue(e.getMessage().contains("checkpoint.json is not valid JSON"), e.getMessage());
        assertEquals(1, store.readNewestValid().orElseThrow().step());
    }

    /** Replaces the text of one zip entry of {@code file}, keeping the other entries and their order. */
    private static void rewriteEntry(Path file, String name, UnaryOperator<String> edit) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        String edited = edit.apply(new String(entries.get(name), StandardCharsets.UTF_8));
        entries.put(name, edited.getBytes(StandardCharsets.UTF_8));
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }

    @Test
    void staleTemporaryFilesAreDeleted() throws Exception {
        CheckpointStore store = new CheckpointStore(dir, 2);
        Path kept = store.write(checkpointAt(1));
        Files.write(dir.resolve(".checkpoint-123.zip.tmp"), new byte[] {1, 2, 3});
        assertEquals(1, store.deleteStaleTemporaryFiles());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(kept), left.toList());
        }
    }
}
