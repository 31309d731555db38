package org.glyphgan.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glyphgan.checkpoint.Checkpoint;
import org.glyphgan.gan.GanStyleModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingRunTest {
    @TempDir
    Path dir;

    @Test
    void runWritesReportBestModelAndValidation() throws Exception {
        TrainConfig tiny = TinyRuns.config(dir, 4);
        TrainConfig config = TrainConfig.fromJson(tiny.toJson().replace("\"validateEverySteps\" : 0", "\"validateEverySteps\" : 2"));
        assertEquals(2, config.validateEverySteps());
        GanTrainer trainer = TrainingSession.open(config, TinyRuns.train(), TinyRuns.base(), false);
        ValidationScorer scorer = new ValidationScorer(config, TinyRuns.validation(), trainer.pairs().baseGlyphs());
        assertEquals(2, scorer.fontIds().size());
        new TrainingRun(trainer, scorer, ProgressBar.silent()).run(() -> false);

        assertEquals(2, trainer.history().validations().size());
        ValidationScore score = trainer.history().validations().get(1);
        assertTrue(score.meanL1() > 0, "validation L1 " + score.meanL1());
        assertTrue(score.meanL1() < 1, "validation L1 " + score.meanL1());
        assertTrue(score.meanIou() >= 0, "validation IoU " + score.meanIou());
        assertTrue(score.meanIou() <= 1, "validation IoU " + score.meanIou());
        Path report = dir.resolve("report");
        assertTrue(Files.size(report.resolve("losses.svg")) > 0);
        assertTrue(Files.exists(report.resolve("samples-step0000004.png")));
        GanStyleModel best = GanStyleModel.load(dir.resolve("best").resolve(TrainingRun.MODEL_FILE_NAME));
        assertEquals(trainer.pairs().fontIds(), java.util.List.copyOf(best.namedStyles().keySet()));
        Checkpoint last = TrainingSession.checkpointStore(config).readNewestValid().orElseThrow();
        assertEquals(4, last.step());
    }

    @Test
    void existingRunIsNotOverwrittenWithoutResume() throws Exception {
        TrainConfig config = TinyRuns.config(dir, 1);
        GanTrainer trainer = TrainingSession.open(config, TinyRuns.train(), TinyRuns.base(), false);
        new TrainingRun(trainer, null, ProgressBar.silent()).run(() -> false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingSession.open(config, TinyRuns.train(), TinyRuns.base(), false));
        assertTrue(e.getMessage().contains("--resume"), e.getMessage());
    }
}
