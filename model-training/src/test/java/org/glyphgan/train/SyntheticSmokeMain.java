package org.glyphgan.train;

import java.nio.file.Path;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.SyntheticDatasets;

/**
 * A short run of the default network on synthetic glyphs with validation, to check the full loop
 * and time it. Arguments: output directory, steps, validate-every steps.
 */
public final class SyntheticSmokeMain {
    private SyntheticSmokeMain() {
    }

    public static void main(String[] args) throws Exception {
        String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789&?!";
        TrainConfig d = TrainConfig.defaults(7);
        String json = d.toJson()
                .replace("\"steps\" : " + d.steps(), "\"steps\" : " + args[1])
                .replace("\"validateEverySteps\" : " + d.validateEverySteps(), "\"validateEverySteps\" : " + args[2])
                .replace("\"adversarialRampSteps\" : " + d.adversarialRampSteps(), "\"adversarialRampSteps\" : 50")
                .replace("\"logEverySteps\" : " + d.logEverySteps(), "\"logEverySteps\" : 10")
                .replace("\"sampleEverySteps\" : " + d.sampleEverySteps(), "\"sampleEverySteps\" : 50")
                .replace("\"outputDir\" : \"training-run\"", "\"outputDir\" : \"" + Path.of(args[0]) + "\"");
        TrainConfig config = TrainConfig.fromJson(json);
        GlyphDataset train = SyntheticDatasets.styles("train", 0, 4, chars);
        GlyphDataset validation = SyntheticDatasets.styles("validation", 4, 2, chars);
        GanTrainer trainer = TrainingSession.open(config, train, SyntheticDatasets.base(chars), true);
        ValidationScorer scorer = new ValidationScorer(config, validation, trainer.pairs().baseGlyphs());
        new TrainingRun(trainer, scorer, ProgressBar.forConsole()).run(() -> false);
    }
}
