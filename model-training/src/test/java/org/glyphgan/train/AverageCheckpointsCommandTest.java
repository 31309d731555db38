package org.glyphgan.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.glyphgan.checkpoint.Checkpoint;
import org.glyphgan.checkpoint.CheckpointStore;
import org.glyphgan.dataset.DatasetFile;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.GlyphSample;
import org.glyphgan.gan.GanStyleModel;
import org.glyphgan.gan.GeneratorLayers;
import org.glyphgan.gan.TinyGan;
import org.glyphgan.raster.GrayBitmap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import picocli.CommandLine;

class AverageCheckpointsCommandTest {
    @TempDir
    Path dir;

    private Path checkpoints;
    private final Map<Integer, Checkpoint> byStep = new TreeMap<>();

    @BeforeEach
    void writeRun() throws Exception {
        Path base = dir.resolve("base.ggds");
        DatasetFile.write(base, TinyRuns.base());
        String configJson = TrainConfig.merge(TinyRuns.config(dir, 10).toJson(), "test config",
                Map.of("basePath", base.toString())).toJson();
        checkpoints = dir.resolve("run").resolve("checkpoints");
        CheckpointStore store = new CheckpointStore(checkpoints, 10);
        for (int step : new int[] {100, 200, 300}) {
            Checkpoint checkpoint = WeightAverageTest.checkpoint(step, "corpus", TinyGan.ARCHITECTURE,
                    List.of("a", "b"), configJson);
            store.write(checkpoint);
            byStep.put(step, checkpoint);
        }
    }

    private int run(StringWriter err, String... args) {
        return run(new StringWriter(), err, args);
    }

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine line = new CommandLine(new AverageCheckpointsCommand());
        line.setErr(new PrintWriter(err, true));
        line.setOut(new PrintWriter(out, true));
        return line.execute(args);
    }

    private void assertUsageError(String expected, String... args) {
        StringWriter err = new StringWriter();
        int code = run(err, args);
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains(expected), err.toString());
    }

    /** Runs the command with {@code --out} set to a new file and returns the model it wrote. */
    private GanStyleModel averageInto(String fileName, String... args) throws Exception {
        Path model = dir.resolve(fileName);
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--out", model.toString(), checkpoints.toString()));
        int code = run(err, all.toArray(String[]::new));
        assertEquals(0, code, err.toString());
        return GanStyleModel.load(model);
    }

    @Test
    void writesMeanOfStepRange() throws Exception {
        GanStyleModel read = averageInto("averaged.zip", "--from-step", "200");
        INDArray embedding200 = byStep.get(200).parameters().get(GeneratorLayers.STYLE_EMBEDDING);
        INDArray embedding300 = byStep.get(300).parameters().get(GeneratorLayers.STYLE_EMBEDDING);
        float[] expected = embedding200.add(embedding300).div(2).getRow(1).toFloatVector();
        float[] actual = read.namedStyles().get("b").vector();
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-6, "style b, dimension " + i);
        }
        for (Map.Entry<String, INDArray> decoder : read.decoderArrays().entrySet()) {
            INDArray mean = byStep.get(200).parameters().get(decoder.getKey())
                    .add(byStep.get(300).parameters().get(decoder.getKey())).div(2);
            assertTrue(mean.equalsWithEps(decoder.getValue(), 1e-6), decoder.getKey());
        }
    }

    @Test
    void singleCheckpointExportedAsItIs() throws Exception {
        GanStyleModel read = averageInto("single.zip", "--from-step", "300");
        INDArray embedding = byStep.get(300).parameters().get(GeneratorLayers.STYLE_EMBEDDING);
        float[] expected = embedding.getRow(0).toFloatVector();
        float[] actual = read.namedStyles().get("a").vector();
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 0, "style a, dimension " + i);
        }
    }

    @Test
    void checkpointWithoutInkMassWeightAverages() throws Exception {
        // Checkpoints written before the ink mass term store a config without its field.
        Checkpoint current = byStep.get(300);
        String oldConfig = current.configJson().replaceAll("\\s*\"inkMassWeight\" : [0-9.]+,", "");
        assertFalse(oldConfig.contains("inkMassWeight"), oldConfig);
        Files.delete(checkpoints.resolve("checkpoint-0000300.zip"));
        new CheckpointStore(checkpoints, 10).write(new Checkpoint(400, oldConfig, current.corpusHash(),
                current.codeVersion(), current.architecture(), current.fontIds(), current.parameters(),
                current.generatorOptimizer(), current.discriminatorOptimizer(), current.stepHistoryCsv(),
                current.validationHistoryCsv()));
        GanStyleModel read = averageInto("old-config.zip", "--from-step", "400");
        assertEquals(List.of("a", "b"), List.copyOf(read.namedStyles().keySet()));
    }

    @Test
    void emptyStepRangeRejected() {
        assertUsageError("No checkpoint of steps 301 to the end found", "--from-step", "301", "--out",
                dir.resolve("m.zip").toString(), checkpoints.toString());
        assertTrue(Files.notExists(dir.resolve("m.zip")));
    }

    @Test
    void missingCheckpointNamed() {
        Path missing = dir.resolve("checkpoint-0000400.zip");
        assertUsageError(missing + " not found", "--out", dir.resolve("m.zip").toString(), checkpoints.toString(),
                missing.toString());
    }

    @Test
    void outOverCheckpointRejected() throws Exception {
        Path input = checkpoints.resolve("checkpoint-0000100.zip");
        byte[] before = Files.readAllBytes(input);
        assertUsageError("is one of the checkpoints to average", "--out", input.toString(), checkpoints.toString());
        assertArrayEquals(before, Files.readAllBytes(input));
    }

    @Test
    void outFolderRejected() {
        assertUsageError("--out " + dir + " is a folder", "--out", dir.toString(), checkpoints.toString());
    }

    @Test
    void outBelowFileRejected() {
        Path belowFile = checkpoints.resolve("checkpoint-0000100.zip").resolve("model.zip");
        assertUsageError("which is a file", "--out", belowFile.toString(), checkpoints.toString());
    }

    @Test
    void linkedDuplicateCountedOnce() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link"), checkpoints);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "--out", dir.resolve("m.zip").toString(), link.toString(), checkpoints.toString(),
                checkpoints.resolve("checkpoint-0000100.zip").toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("mean of 3 checkpoints, steps 100 to 300"), out.toString());
    }

    @Test
    void copyOfSameStepRejected() throws Exception {
        Path copy = Files.copy(checkpoints.resolve("checkpoint-0000200.zip"), dir.resolve("best.zip"));
        assertUsageError("are both of step 200", "--out", dir.resolve("m.zip").toString(), copy.toString(),
                checkpoints.toString());
        assertTrue(Files.notExists(dir.resolve("m.zip")));
    }

    @Test
    void runFolderSuggestsCheckpoints() {
        assertUsageError("contains no checkpoint-NNNNNNN.zip files; pass " + checkpoints + " instead",
                "--out", dir.resolve("m.zip").toString(), checkpoints.getParent().toString());
    }

    @Test
    void baseOfSeveralFontsRejected() throws Exception {
        Path train = dir.resolve("train.ggds");
        DatasetFile.write(train, TinyRuns.train());
        assertUsageError("Base dataset " + train + " contains 3 fonts", "--base", train.toString(),
                "--out", dir.resolve("m.zip").toString(), checkpoints.toString());
        assertTrue(Files.notExists(dir.resolve("m.zip")));
    }

    @Test
    void baseOfOtherSizeRejected() throws Exception {
        Path small = dir.resolve("base-32px.ggds");
        GrayBitmap blank = new GrayBitmap(32, 32, new float[32 * 32]);
        DatasetFile.write(small, new GlyphDataset("base", 32, "corpus",
                List.of(new GlyphSample("base", 'A', blank))));
        assertUsageError("Base dataset " + small + " has 32 px glyphs", "--base", small.toString(),
                "--out", dir.resolve("m.zip").toString(), checkpoints.toString());
    }

    @Test
    void brokenCheckpointOutsideRangeSkipped() throws Exception {
        Files.write(checkpoints.resolve("checkpoint-0000050.zip"), new byte[] {'P', 'K', 3});
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "--from-step", "100", "--out", dir.resolve("m.zip").toString(),
                checkpoints.toString());
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().contains("mean of 3 checkpoints"), out.toString());
    }

    @Test
    void brokenCheckpointInRangeFails() throws Exception {
        Path broken = checkpoints.resolve("checkpoint-0000050.zip");
        Files.write(broken, new byte[] {'P', 'K', 3});
        StringWriter err = new StringWriter();
        int code = run(err, "--out", dir.resolve("m.zip").toString(), checkpoints.toString());
        assertEquals(1, code, err.toString());
        assertTrue(err.toString().contains("Invalid checkpoint " + broken), err.toString());
        assertTrue(Files.notExists(dir.resolve("m.zip")));
    }
}
