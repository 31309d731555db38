package org.glyphgan.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glyphgan.checkpoint.Checkpoint;
import org.glyphgan.checkpoint.CheckpointStore;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.SyntheticDatasets;
import org.glyphgan.gan.GeneratorLayers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

class WarmStartTest {
    @TempDir
    Path dir;

    /** Trains a 3-font tiny run for 2 steps and returns its newest checkpoint file. */
    private Path oldRun() throws Exception {
        TrainConfig config = TinyRuns.config(dir.resolve("old"), 2);
        GanTrainer trainer = TrainingSession.open(config, TinyRuns.train(), TinyRuns.base(), false);
        new TrainingRun(trainer, null, ProgressBar.silent()).run(() -> false);
        List<Path> files = TrainingSession.checkpointStore(config).list();
        return files.get(files.size() - 1);
    }

    @Test
    void grownCorpusKeepsWeightsFitsNewCodes() throws Exception {
        Path file = oldRun();
        Checkpoint source = CheckpointStore.read(file);
        GlyphDataset grown = SyntheticDatasets.styles("train", 0, 4, TinyRuns.CHARACTERS);
        TrainConfig config = TinyRuns.config(dir.resolve("new"), 1);

        GanTrainer warm = TrainingSession.open(config, grown, TinyRuns.base(), false, file);

        assertEquals(0, warm.step());
        for (String name : source.parameters().keySet()) {
            if (!name.equals(GeneratorLayers.STYLE_EMBEDDING)) {
                assertEquals(source.parameters().get(name), warm.parameters().get(name), name);
            }
        }
        INDArray oldCodes = source.parameters().get(GeneratorLayers.STYLE_EMBEDDING);
        INDArray codes = warm.parameters().get(GeneratorLayers.STYLE_EMBEDDING);
        assertEquals(4, codes.rows());
        List<String> fonts = warm.pairs().fontIds();
        String newFont = fonts.stream().filter(id -> !source.fontIds().contains(id)).findFirst().orElseThrow();
        for (String font : source.fontIds()) {
            assertEquals(oldCodes.getRow(source.fontIds().indexOf(font)), codes.getRow(fonts.indexOf(font)), font);
        }
        INDArray fitted = codes.getRow(fonts.indexOf(newFont));
        for (float value : fitted.toFloatVector()) {
            assertTrue(Float.isFinite(value), "fitted code " + fitted);
        }
        INDArray mean = oldCodes.mean(0);
        assertTrue(fitted.distance2(mean) > 1e-4, "the fit left the code at the mean code");
        for (int row = 0; row < oldCodes.rows(); row++) {
            assertTrue(fitted.distance2(oldCodes.getRow(row)) > 1e-4, "the fit left the code at old code " + row);
        }
    }

    @Test
    void resumeContinuesWarmStartedRun() throws Exception {
        Path file = oldRun();
        GlyphDataset grown = SyntheticDatasets.styles("train", 0, 4, TinyRuns.CHARACTERS);
        TrainConfig config = TinyRuns.config(dir.resolve("new"), 1);
        GanTrainer warm = TrainingSession.open(config, grown, TinyRuns.base(), true, file);
        new TrainingRun(warm, null, ProgressBar.silent()).run(() -> false);

        TrainConfig longer = TinyRuns.config(dir.resolve("new"), 2);
        GanTrainer resumed = TrainingSession.open(longer, grown, TinyRuns.base(), true, file);

        assertEquals(1, resumed.step());
        assertEquals(warm.parameters().get(GeneratorLayers.STYLE_EMBEDDING),
                resumed.parameters().get(GeneratorLayers.STYLE_EMBEDDING));
    }

    @Test
    void widerGeneratorStartsWidened() throws Exception {
        Path file = oldRun();
        Checkpoint source = CheckpointStore.read(file);
        TrainConfig wider = reshaped("\"generatorChannels\" : 4", "\"generatorChannels\" : 6");

        GanTrainer warm = TrainingSession.open(wider, TinyRuns.train(), TinyRuns.base(), false, file);

        assertEquals(6, warm.parameters().architecture().generatorChannels());
        assertArrayEquals(new long[] {3, 3, 6 + 1, 6}, warm.parameters().get("g_d0_w").shape());
        for (String name : warm.parameters().discriminatorNames()) {
            assertEquals(source.parameters().get(name), warm.parameters().get(name), name);
        }
    }

    @Test
    void narrowerGeneratorIsRejected() throws Exception {
        Path file = oldRun();
        TrainConfig narrower = reshaped("\"generatorChannels\" : 4", "\"generatorChannels\" : 2");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingSession.open(narrower, TinyRuns.train(), TinyRuns.base(), false, file));

        assertTrue(e.getMessage().contains("generatorChannels 4 but the config sets 2"), e.getMessage());
        assertTrue(e.getMessage().contains("at least 4"), e.getMessage());
    }

    @Test
    void otherDiscriminatorShapeIsRejected() throws Exception {
        Path file = oldRun();
        TrainConfig wider = reshaped("\"discriminatorChannels\" : 4", "\"discriminatorChannels\" : 8");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingSession.open(wider, TinyRuns.train(), TinyRuns.base(), false, file));

        assertTrue(e.getMessage().contains("discriminatorChannels 4 but the config sets 8"), e.getMessage());
        assertTrue(e.getMessage().contains("only generatorChannels may differ"), e.getMessage());
    }

    /** Returns the tiny new run's config with one JSON field replaced, and fails when the field is missing. */
    private TrainConfig reshaped(String field, String replacement) throws Exception {
        String json = TinyRuns.config(dir.resolve("new"), 1).toJson();
        assertTrue(json.contains(field), json);
        return TrainConfig.fromJson(json.replace(field, replacement));
    }

    @Test
    void nonCheckpointFileRejected() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.zip"), "not a zip");
        TrainConfig config = TinyRuns.config(dir.resolve("new"), 1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingSession.open(config, TinyRuns.train(), TinyRuns.base(), false, file));

        assertTrue(e.getMessage().contains("notes.zip"), e.getMessage());
        assertTrue(e.getMessage().contains("checkpoint file"), e.getMessage());
        assertTrue(TrainingSession.checkpointStore(config).list().isEmpty());
    }
}
