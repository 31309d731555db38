package org.glyphgan.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.glyphgan.checkpoint.Checkpoint;
import org.glyphgan.checkpoint.CheckpointStore;
import org.glyphgan.dataset.GlyphDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingSessionResumeTest {
    @TempDir
    Path dir;

    /** Trains {@code steps} steps of a run on {@code corpusHash} and writes its checkpoint into the run directory. */
    private static void writeCheckpoint(TrainConfig config, String corpusHash, int steps) throws Exception {
        GanTrainer trainer = GanTrainer.start(config, new TrainingPairs(TinyRuns.train(), TinyRuns.base(), config.seed()),
                corpusHash);
        for (int i = 0; i < steps; i++) {
            trainer.trainStep();
        }
        TrainingSession.checkpointStore(config).write(trainer.checkpoint());
    }

    @Test
    void foreignNewestFallsBackToPrevious() throws Exception {
        TrainConfig config = TinyRuns.config(dir, 10);
        GlyphDataset train = TinyRuns.train();
        writeCheckpoint(config, train.corpusHash(), 2);
        writeCheckpoint(config, "other-corpus", 4);
        assertEquals(2, TrainingSession.checkpointStore(config).list().size());

        GanTrainer resumed = TrainingSession.open(config, train, TinyRuns.base(), true);

        assertEquals(2, resumed.step());
        assertEquals(train.corpusHash(), resumed.corpusHash());
    }

    @Test
    void onlyForeignCheckpointsRejectResume() throws Exception {
        TrainConfig config = TinyRuns.config(dir, 10);
        writeCheckpoint(config, "other-corpus", 3);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingSession.open(config, TinyRuns.train(), TinyRuns.base(), true));

        assertTrue(e.getMessage().startsWith("No checkpoint in " + dir.resolve("checkpoints")
                + " can continue this run: Checkpoint at step 3 was trained on corpus other-corpus"), e.getMessage());
        assertTrue(e.getMessage().endsWith("use a new output directory for a new corpus"), e.getMessage());
    }

    @Test
    void olderCodeVersionStillResumes() throws Exception {
        TrainConfig config = TinyRuns.config(dir, 10);
        GlyphDataset train = TinyRuns.train();
        GanTrainer trainer = GanTrainer.start(config, new TrainingPairs(train, TinyRuns.base(), config.seed()),
                train.corpusHash());
        trainer.trainStep();
        Checkpoint current = trainer.checkpoint();
        Checkpoint older = new Checkpoint(current.step(), current.configJson(), current.corpusHash(), "glyphgan-gan-1",
                current.architecture(), current.fontIds(), current.parameters(), current.generatorOptimizer(),
                current.discriminatorOptimizer(), current.stepHistoryCsv(), current.validationHistoryCsv());
        TrainingSession.checkpointStore(config).write(older);

        GanTrainer resumed = TrainingSession.open(config, train, TinyRuns.base(), true);

        assertEquals(1, resumed.step());
        assertEquals(1, resumed.trainStep().step());
        assertEquals(2, resumed.step());
    }

    @Test
    void foreignCheckpointStaysOnDisk() throws Exception {
        TrainConfig config = TinyRuns.config(dir, 10);
        writeCheckpoint(config, TinyRuns.train().corpusHash(), 1);
        writeCheckpoint(config, "other-corpus", 5);

        TrainingSession.open(config, TinyRuns.train(), TinyRuns.base(), true);

        CheckpointStore store = TrainingSession.checkpointStore(config);
        assertEquals(5, CheckpointStore.stepOf(store.list().get(0)));
    }
}
