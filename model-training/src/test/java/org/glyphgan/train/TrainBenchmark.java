package org.glyphgan.train;

import java.nio.file.Path;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.SyntheticDatasets;

/**
 * Measures training throughput of a config on synthetic glyphs. Arguments: batch size, generator
 * channels, measured steps. Prints images per second after two warm-up steps.
 */
public final class TrainBenchmark {
    private TrainBenchmark() {
    }

    public static void main(String[] args) {
        int batch = Integer.parseInt(args[0]);
        int channels = Integer.parseInt(args[1]);
        int steps = Integer.parseInt(args[2]);
        TrainConfig d = TrainConfig.defaults(1);
        TrainConfig config = new TrainConfig(1, batch, 1000, d.generatorLearningRate(), d.discriminatorLearningRate(),
                d.beta1(), d.beta2(), d.l1Weight(), d.diceWeight(), d.inkMassWeight(), d.styleJitter(), 0, channels, d.discriminatorChannels(), d.styleDim(), d.noiseDim(),
                d.logEverySteps(), d.checkpointEveryMinutes(), 1, 1000, 0, 1, 8, 40, 0.05, null, null, null,
                Path.of("target/bench").toString());
        String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        GlyphDataset train = SyntheticDatasets.styles("train", 0, 3, chars);
        GanTrainer trainer = GanTrainer.start(config, new TrainingPairs(train, SyntheticDatasets.base(chars), 1), "bench");
        trainer.trainStep();
        trainer.trainStep();
        long started = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            trainer.trainStep();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("batch %d, generator channels %d: %.2f img/s (%.3f s/step)%n", batch, channels,
                batch * steps / seconds, seconds / steps);
    }
}
