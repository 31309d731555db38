package org.glyphgan.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glyphgan.checkpoint.Checkpoint;
import org.glyphgan.checkpoint.CheckpointStore;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.GlyphSample;
import org.glyphgan.dataset.SyntheticDatasets;
import org.glyphgan.gan.GeneratorLayers;
import org.glyphgan.gan.ModelFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Tests of warm starts from bad --init-from files and from checkpoints whose fonts or shape differ from the run's. */
class WarmStartInputsTest {
    @TempDir
    static Path dir;
    private static Path checkpoint;
    private static Path model;

    @BeforeAll
    static void oldRun() throws Exception {
        TrainConfig config = TinyRuns.config(dir.resolve("old"), 2);
        GanTrainer trainer = TrainingSession.open(config, TinyRuns.train(), TinyRuns.base(), false);
        TrainingRun run = new TrainingRun(trainer, null, ProgressBar.silent());
        run.run(() -> false);
        List<Path> files = TrainingSession.checkpointStore(config).list();
        checkpoint = files.get(files.size() - 1);
        model = dir.resolve("old/best/glyphgan-model.zip");
        ModelFile.write(run.toStyleModel(), model, "test");
    }

    private String rejection(Path initFrom) {
        TrainConfig config = TinyRuns.config(dir.resolve("new-" + System.nanoTime()), 1);
        return assertThrows(IllegalArgumentException.class,
                () -> TrainingSession.open(config, TinyRuns.train(), TinyRuns.base(), false, initFrom)).getMessage();
    }

    @Test
    void badFilesRejected() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.zip"));
        byte[] bytes = Files.readAllBytes(checkpoint);
        Path truncated = Files.write(dir.resolve("truncated.zip"), Arrays.copyOf(bytes, bytes.length / 2));
        Files.createDirectories(dir.resolve("folder"));
        for (Path bad : List.of(dir.resolve("missing.zip"), dir.resolve("folder"), empty, truncated, model)) {
            String message = rejection(bad);
            assertTrue(message.contains(bad.toString()), message);
            assertTrue(message.contains("checkpoint-STEP.zip"), message);
        }
    }

    @Test
    void missingFileSaysSo() {
        String message = rejection(dir.resolve("missing.zip"));
        assertTrue(message.contains("file not found"), message);
    }

    @Test
    void otherStyleOrNoiseDimRejected() throws Exception {
        TrainConfig tiny = TinyRuns.config(dir.resolve("shape"), 1);
        for (String field : List.of("styleDim\" : 6", "noiseDim\" : 2")) {
            String json = tiny.toJson().replace("\"" + field, "\"" + field + "1");
            TrainConfig other = TrainConfig.fromJson(json);
            String message = assertThrows(IllegalArgumentException.class,
                    () -> TrainingSession.open(other, TinyRuns.train(), TinyRuns.base(), false, checkpoint)).getMessage();
            String name = field.substring(0, field.indexOf('"'));
            String value = field.substring(field.lastIndexOf(' ') + 1);
            assertTrue(message.contains(name + " " + value + " but the config sets " + value + "1"), message);
        }
    }

    private GanTrainer warm(GlyphDataset train) throws Exception {
        TrainConfig config = TinyRuns.config(dir.resolve("warm-" + System.nanoTime()), 1);
        return TrainingSession.open(config, train, TinyRuns.base(), false, checkpoint);
    }

    @Test
    void sameFontsCopyCodes() throws Exception {
        Checkpoint source = CheckpointStore.read(checkpoint);
        GanTrainer trainer = warm(TinyRuns.train());
        assertEquals(source.parameters().get(GeneratorLayers.STYLE_EMBEDDING),
                trainer.parameters().get(GeneratorLayers.STYLE_EMBEDDING));
    }

    @Test
    void droppedFontsAndNoneShared() throws Exception {
        GanTrainer dropped = warm(SyntheticDatasets.styles("train", 1, 2, TinyRuns.CHARACTERS));
        assertEquals(2, dropped.parameters().get(GeneratorLayers.STYLE_EMBEDDING).rows());
        GanTrainer disjoint = warm(SyntheticDatasets.styles("train", 3, 3, TinyRuns.CHARACTERS));
        INDArray codes = disjoint.parameters().get(GeneratorLayers.STYLE_EMBEDDING);
        assertEquals(3, codes.rows());
        for (float value : codes.ravel().toFloatVector()) {
            assertTrue(Float.isFinite(value), "code " + codes);
        }
    }

    @Test
    void rerunFitsSameCodes() throws Exception {
        GlyphDataset grown = SyntheticDatasets.styles("train", 0, 4, TinyRuns.CHARACTERS);
        INDArray first = warm(grown).parameters().get(GeneratorLayers.STYLE_EMBEDDING);
        INDArray second = warm(grown).parameters().get(GeneratorLayers.STYLE_EMBEDDING);
        assertEquals(first, second);
    }

    @Test
    void fontWithTwoGlyphs() throws Exception {
        List<GlyphSample> samples = new ArrayList<>(TinyRuns.train().samples());
        samples.addAll(SyntheticDatasets.styles("train", 3, 1, "Aa").samples());
        GanTrainer trainer = warm(new GlyphDataset("train", 64, "grown", samples));
        assertEquals(4, trainer.parameters().get(GeneratorLayers.STYLE_EMBEDDING).rows());
    }

    @Test
    void fontWithoutBaseGlyphs() throws Exception {
        List<GlyphSample> samples = new ArrayList<>(TinyRuns.train().samples());
        samples.addAll(SyntheticDatasets.styles("train", 3, 1, "xyz").samples());
        GanTrainer trainer = warm(new GlyphDataset("train", 64, "grown", samples));
        INDArray codes = trainer.parameters().get(GeneratorLayers.STYLE_EMBEDDING);
        INDArray oldCodes = CheckpointStore.read(checkpoint).parameters().get(GeneratorLayers.STYLE_EMBEDDING);
        assertEquals(4, codes.rows());
        assertEquals(oldCodes.mean(0), codes.getRow(3));
    }

    @Test
    void outWithCheckpoints() throws Exception {
        TrainConfig config = TinyRuns.config(dir.resolve("old"), 3);
        // A copy outside the output directory: a checkpoint of the run itself is rejected as --init-from.
        Path source = dir.resolve("source-" + System.nanoTime() + ".zip");
        Files.copy(checkpoint, source);
        String message = assertThrows(IllegalArgumentException.class,
                () -> TrainingSession.open(config, TinyRuns.train(), TinyRuns.base(), false, source)).getMessage();
        assertTrue(message.contains("already contains checkpoints"), message);
        GanTrainer resumed = TrainingSession.open(config, TinyRuns.train(), TinyRuns.base(), true, source);
        assertEquals(2, resumed.step());
    }
}
