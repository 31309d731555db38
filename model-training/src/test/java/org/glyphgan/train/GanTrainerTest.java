package org.glyphgan.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glyphgan.checkpoint.Checkpoint;
import org.glyphgan.checkpoint.CheckpointStore;
import org.glyphgan.gan.GanGraphs;
import org.glyphgan.gan.GanParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GanTrainerTest {
    @TempDir
    Path dir;

    private static TrainingPairs pairs(TrainConfig config) {
        return new TrainingPairs(TinyRuns.train(), TinyRuns.base(), config.seed());
    }

    /** Mean L1 of the generator with zero noise on a fixed batch. */
    private static double l1(GanParameters params, TrainingPairs.Batch batch) {
        Map<String, INDArray> inputs = Map.of(GanGraphs.CONTENT, batch.content(), GanGraphs.REAL, batch.real(),
                GanGraphs.FONT_ONE_HOT, batch.fontOneHot(), GanGraphs.NOISE, Nd4j.zeros(DataType.FLOAT, batch.real().size(0), 2));
        return GanGraphs.generatorOnly(params).output(inputs, GanGraphs.L1).get(GanGraphs.L1).getDouble(0);
    }

    @Test
    void trainingStepsLowerL1OnFixedBatch() {
        TrainConfig config = TinyRuns.config(dir, 10);
        GanTrainer trainer = GanTrainer.start(config, pairs(config), "synthetic-corpus");
        TrainingPairs.Batch batch = trainer.pairs().batch(0, 4);
        double before = l1(trainer.parameters(), batch);
        for (int i = 0; i < 3; i++) {
            trainer.trainStep();
        }
        double after = l1(trainer.parameters(), batch);
        assertTrue(after < before, "L1 should fall from " + before + " but is " + after);
        assertEquals(3, trainer.step());
    }

    @Test
    void oneStepLowersL1OnFixedBatch() {
        TrainConfig config = TinyRuns.config(dir, 10);
        GanTrainer trainer = GanTrainer.start(config, pairs(config), "synthetic-corpus");
        TrainingPairs.Batch batch = trainer.pairs().batch(0, config.batchSize());
        double before = l1(trainer.parameters(), batch);

        trainer.trainStep();

        double after = l1(trainer.parameters(), batch);
        assertTrue(after < before, "L1 should fall from " + before + " but is " + after);
    }

    @Test
    void styleJitterMovesTheGeneratorStepRepeatably() throws Exception {
        TrainConfig plain = TinyRuns.config(dir, 10);
        TrainConfig jittered = TrainConfig.merge(plain.toJson(), "test", Map.of("styleJitter", 0.5));
        double plainLoss = GanTrainer.start(plain, pairs(plain), "synthetic-corpus").trainStep().generatorLoss();
        double jitteredLoss = GanTrainer.start(jittered, pairs(jittered), "synthetic-corpus").trainStep().generatorLoss();
        double again = GanTrainer.start(jittered, pairs(jittered), "synthetic-corpus").trainStep().generatorLoss();
        assertTrue(Math.abs(plainLoss - jitteredLoss) > 1e-6,
                "jitter 0.5 should change the first generator loss " + plainLoss);
        assertEquals(jitteredLoss, again, 1e-9);
    }

    @Test
    void styleJitterNeedsTwoFonts() throws Exception {
        TrainConfig jittered = TrainConfig.merge(TinyRuns.config(dir, 10).toJson(), "test", Map.of("styleJitter", 0.5));
        TrainingPairs oneFont = new TrainingPairs(
                org.glyphgan.dataset.SyntheticDatasets.styles("train", 0, 1, TinyRuns.CHARACTERS), TinyRuns.base(), 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GanTrainer.start(jittered, oneFont, "synthetic-corpus"));
        assertEquals("styleJitter 0.5 scales offsets by the spread of the training fonts' codes, which needs at least"
                + " 2 fonts but the training dataset has 1; set styleJitter to 0", e.getMessage());
    }

    @Test
    void stepMetricsAreFiniteFractions() {
        TrainConfig config = TinyRuns.config(dir, 10);
        GanTrainer trainer = GanTrainer.start(config, pairs(config), "synthetic-corpus");
        StepMetrics m = trainer.trainStep();
        assertTrue(Double.isFinite(m.generatorLoss()));
        assertTrue(Double.isFinite(m.discriminatorLoss()));
        assertTrue(m.realAccuracy() >= 0);
        assertTrue(m.realAccuracy() <= 1);
        assertTrue(m.fakeAccuracy() >= 0);
        assertTrue(m.fakeAccuracy() <= 1);
        assertTrue(m.imagesPerSecond() > 0);
    }

    @Test
    void resumedRunMatchesUninterruptedRun() throws Exception {
        TrainConfig config = TinyRuns.config(dir, 6);
        GanTrainer straight = GanTrainer.start(config, pairs(config), "synthetic-corpus");
        List<StepMetrics> straightMetrics = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            straightMetrics.add(straight.trainStep());
        }

        GanTrainer first = GanTrainer.start(config, pairs(config), "synthetic-corpus");
        for (int i = 0; i < 3; i++) {
            first.trainStep();
        }
        CheckpointStore store = new CheckpointStore(dir.resolve("checkpoints"), 2);
        Path file = store.write(first.checkpoint());
        GanTrainer resumed = GanTrainer.resume(config, pairs(config), "synthetic-corpus", CheckpointStore.read(file));
        assertEquals(3, resumed.step());
        for (int i = 3; i < 6; i++) {
            StepMetrics m = resumed.trainStep();
            assertEquals(straightMetrics.get(i).step(), m.step());
            assertEquals(straightMetrics.get(i).generatorLoss(), m.generatorLoss(), 1e-4, "generator loss at step " + i);
            assertEquals(straightMetrics.get(i).discriminatorLoss(), m.discriminatorLoss(), 1e-4, "discriminator loss at step " + i);
        }
        for (String name : straight.parameters().arrays().keySet()) {
            INDArray expected = straight.parameters().get(name);
            INDArray actual = resumed.parameters().get(name);
            assertTrue(expected.equalsWithEps(actual, 1e-4), "parameter " + name + " differs after resume");
        }
    }

    @Test
    void checkpointRoundTripKeepsGeneratorOutput() throws Exception {
        TrainConfig config = TinyRuns.config(dir, 6);
        GanTrainer trainer = GanTrainer.start(config, pairs(config), "synthetic-corpus");
        trainer.trainStep();
        Checkpoint saved = trainer.checkpoint();
        Path file = new CheckpointStore(dir.resolve("checkpoints"), 2).write(saved);
        GanTrainer loaded = GanTrainer.resume(config, pairs(config), "synthetic-corpus", CheckpointStore.read(file));
        TrainingPairs.Batch batch = trainer.pairs().batch(5, 4);
        assertEquals(l1(trainer.parameters(), batch), l1(loaded.parameters(), batch), 0.0);
        assertEquals(trainer.history().stepsCsv(), loaded.history().stepsCsv());
    }

    @Test
    void resumeRejectsOtherCorpus() {
        TrainConfig config = TinyRuns.config(dir, 6);
        Checkpoint checkpoint = GanTrainer.start(config, pairs(config), "synthetic-corpus").checkpoint();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GanTrainer.resume(config, pairs(config), "other-corpus", checkpoint));
        assertTrue(e.getMessage().contains("other-corpus"), e.getMessage());
    }

    @Test
    void resumeRejectsOtherNetworkShape() {
        TrainConfig config = TinyRuns.config(dir, 6);
        Checkpoint checkpoint = GanTrainer.start(config, pairs(config), "synthetic-corpus").checkpoint();
        TrainConfig wider = TrainConfig.defaults(42);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GanTrainer.resume(wider, pairs(config), "synthetic-corpus", checkpoint));
        assertTrue(e.getMessage().contains("network shape"), e.getMessage());
    }
}
