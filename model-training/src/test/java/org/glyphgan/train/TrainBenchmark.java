package org.glyphgan.train;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.glyphgan.bench.MemorySampler;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.SyntheticDatasets;
import org.glyphgan.gan.GanGraphs;
import org.glyphgan.gan.GanParameters;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Measures training throughput of a config on synthetic glyphs. Arguments: batch size, generator
 * channels, measured steps. After two warm-up steps it prints images per second of whole training
 * steps, then of the generator's and the discriminator's forward passes alone on one batch, and the
 * peak heap, off-heap and resident memory of the process over the run.
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
        try (MemorySampler memory = new MemorySampler()) {
            GanTrainer trainer = GanTrainer.start(config, new TrainingPairs(train, SyntheticDatasets.base(chars), 1), "bench");
            trainer.trainStep();
            trainer.trainStep();
            long started = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                trainer.trainStep();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "batch %d, generator channels %d: training %.2f img/s (%.3f s/step)%n",
                    batch, channels, batch * steps / seconds, seconds / steps);
            forwardPasses(trainer, batch, steps);
            System.out.println(memory.describePeaks());
        }
    }

    /** Prints images per second of the generator's and the discriminator's forward passes alone. */
    private static void forwardPasses(GanTrainer trainer, int batch, int runs) {
        GanParameters params = trainer.parameters();
        TrainingPairs.Batch glyphs = trainer.pairs().batch(0, batch);
        INDArray noise = Nd4j.zeros(DataType.FLOAT, batch, Math.max(1, params.architecture().noiseDim()));
        Map<String, INDArray> generatorInputs = Map.of(GanGraphs.CONTENT, glyphs.content(), GanGraphs.REAL,
                glyphs.real(), GanGraphs.FONT_ONE_HOT, glyphs.fontOneHot(), GanGraphs.NOISE, noise);
        Map<String, INDArray> discriminatorInputs = Map.of(GanGraphs.CONTENT, glyphs.content(), GanGraphs.REAL,
                glyphs.real());
        double generator = imagesPerSecond(GanGraphs.generatorOnly(params), generatorInputs, GanGraphs.GENERATED,
                batch, runs);
        double discriminator = imagesPerSecond(GanGraphs.discriminatorOnly(params), discriminatorInputs,
                GanGraphs.D_LOGITS, batch, runs);
        System.out.printf(Locale.ROOT, "forward only: generator %.1f img/s, discriminator %.1f img/s%n",
                generator, discriminator);
    }

    private static double imagesPerSecond(SameDiff graph, Map<String, INDArray> inputs, String output, int batch,
                                          int runs) {
        graph.output(inputs, output);
        long started = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            graph.output(inputs, output);
        }
        return batch * runs / ((System.nanoTime() - started) / 1e9);
    }
}
