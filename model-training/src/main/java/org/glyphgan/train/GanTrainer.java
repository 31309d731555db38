package org.glyphgan.train;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glyphgan.checkpoint.Checkpoint;
import org.glyphgan.gan.AdamOptimizer;
import org.glyphgan.gan.GanGraphs;
import org.glyphgan.gan.GanParameters;
import org.glyphgan.gan.GeneratorLayers;
import org.glyphgan.gan.SameDiffOutput;
import org.glyphgan.gan.StandardNormal;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * One GAN training state and its step: a generator update (adversarial + L1 loss through the
 * current discriminator), then a discriminator update on the real batch and the batch the
 * generator just drew. Both networks' arrays live in one {@link GanParameters} that the two
 * SameDiff graphs share, so no weights are copied between graphs.
 */
public final class GanTrainer {
    /**
     * Version of the training code, stored in checkpoints and model files. It changes with the losses
     * or the graph inputs: version 2 added the style jitter input. A run
     * resumes from a checkpoint of another version with a warning, because the network shape and
     * the corpus, which {@link #mismatch} checks, decide whether it can continue.
     */
    public static final String CODE_VERSION = "glyphgan-gan-2";

    private final TrainConfig config;
    private final TrainingPairs pairs;
    private final String corpusHash;
    private final GanParameters params;
    private final AdamOptimizer generatorOptimizer;
    private final AdamOptimizer discriminatorOptimizer;
    private final SameDiff generatorStep;
    private final SameDiff discriminatorStep;
    private final LossHistory history;
    private int step;

    private GanTrainer(TrainConfig config, TrainingPairs pairs, String corpusHash, GanParameters params,
                       Map<String, INDArray> generatorState, Map<String, INDArray> discriminatorState,
                       LossHistory history, int step) {
        if (config.styleJitter() > 0 && pairs.fontIds().size() < 2) {
            throw new IllegalArgumentException("styleJitter " + config.styleJitter() + " scales offsets by the spread"
                    + " of the training fonts' codes, which needs at least 2 fonts but the training dataset has "
                    + pairs.fontIds().size() + "; set styleJitter to 0");
        }
        this.config = config;
        this.pairs = pairs;
        this.corpusHash = corpusHash;
        this.params = params;
        this.generatorOptimizer = new AdamOptimizer(params, params.generatorNames(), config.generatorLearningRate(),
                config.beta1(), config.beta2(), generatorState);
        this.discriminatorOptimizer = new AdamOptimizer(params, params.discriminatorNames(),
                config.discriminatorLearningRate(), config.beta1(), config.beta2(), discriminatorState);
        this.generatorStep = GanGraphs.generatorStep(params, config.l1Weight(), config.diceWeight(),
                config.inkMassWeight());
        this.discriminatorStep = GanGraphs.discriminatorStep(params);
        this.history = history;
        this.step = step;
    }

    /** A fresh run: weights drawn from {@code config.seed()}. */
    public static GanTrainer start(TrainConfig config, TrainingPairs pairs, String corpusHash) {
        Nd4j.getRandom().setSeed(config.seed());
        GanParameters params = GanParameters.initialise(config.architecture(), pairs.fontIds().size(), config.seed());
        return new GanTrainer(config, pairs, corpusHash, params, Map.of(), Map.of(), new LossHistory(), 0);
    }

    /**
     * Starts a new run from the weights of another run's {@code checkpoint} ({@link WarmStart}). The
     * fonts may differ, and the generator may be wider ({@link WarmStart}). Adam moments and the step count start at zero.
     */
    public static GanTrainer startFrom(TrainConfig config, TrainingPairs pairs, String corpusHash, Checkpoint checkpoint) {
        Nd4j.getRandom().setSeed(config.seed());
        GanParameters params = WarmStart.parameters(checkpoint, pairs, config);
        return new GanTrainer(config, pairs, corpusHash, params, Map.of(), Map.of(), new LossHistory(), 0);
    }

    /**
     * Continues from {@code checkpoint}.
     *
     * @throws IllegalArgumentException when the checkpoint was trained on another corpus, another
     *                                  font list or another network shape
     */
    public static GanTrainer resume(TrainConfig config, TrainingPairs pairs, String corpusHash, Checkpoint checkpoint) {
        Optional<String> mismatch = mismatch(config, pairs, corpusHash, checkpoint);
        if (mismatch.isPresent()) {
            throw new IllegalArgumentException(mismatch.get());
        }
        Nd4j.getRandom().setSeed(config.seed() + checkpoint.step());
        GanParameters params = new GanParameters(checkpoint.architecture(), checkpoint.parameters());
        LossHistory history = LossHistory.fromCsv(checkpoint.stepHistoryCsv(), checkpoint.validationHistoryCsv());
        return new GanTrainer(config, pairs, corpusHash, params, checkpoint.generatorOptimizer(),
                checkpoint.discriminatorOptimizer(), history, checkpoint.step());
    }

    /**
     * Explains why {@code checkpoint} cannot continue this run: it was trained on another corpus,
     * another font list or another network shape. Empty when it can.
     */
    public static Optional<String> mismatch(TrainConfig config, TrainingPairs pairs, String corpusHash,
                                            Checkpoint checkpoint) {
        if (!checkpoint.corpusHash().equals(corpusHash)) {
            return Optional.of("Checkpoint at step " + checkpoint.step() + " was trained on corpus "
                    + checkpoint.corpusHash() + " but the training dataset has corpus hash " + corpusHash
                    + "; use a new output directory for a new corpus");
        }
        if (!checkpoint.architecture().equals(config.architecture())) {
            return Optional.of("Checkpoint network shape " + checkpoint.architecture()
                    + " differs from the configured " + config.architecture()
                    + "; keep the shape options of the original run, or start a new run in a new output directory"
                    + " (--init-from CHECKPOINT widens the generator when only generatorChannels grows)");
        }
        if (!checkpoint.fontIds().equals(pairs.fontIds())) {
            return Optional.of("Checkpoint was trained on " + checkpoint.fontIds().size()
                    + " fonts that differ from the " + pairs.fontIds().size() + " fonts of the training dataset");
        }
        return Optional.empty();
    }

    /** Runs training step number {@link #step()} and advances the counter. */
    public StepMetrics trainStep() {
        long started = System.nanoTime();
        int batchSize = config.batchSize();
        TrainingPairs.Batch batch = pairs.batch(step, batchSize);

        Map<String, INDArray> generatorInputs = Map.of(
                GanGraphs.CONTENT, batch.content(),
                GanGraphs.REAL, batch.real(),
                GanGraphs.FONT_ONE_HOT, batch.fontOneHot(),
                GanGraphs.NOISE, noise(batchSize),
                GanGraphs.STYLE_JITTER, styleJitter(batchSize),
                GanGraphs.ADVERSARIAL_WEIGHT, Nd4j.scalar((float) config.adversarialWeight(step)));
        OutAndGrad g = SameDiffOutput.toStderr(() -> generatorStep.calculateGradientsAndOutputs(generatorInputs,
                List.of(GanGraphs.GENERATED, GanGraphs.G_LOSS, GanGraphs.L1), params.generatorNames()));
        generatorOptimizer.step(g.getGradients(), step);
        INDArray fake = g.getOutputs().get(GanGraphs.GENERATED);

        Map<String, INDArray> discriminatorInputs = Map.of(
                GanGraphs.CONTENT, batch.content(), GanGraphs.REAL, batch.real(), GanGraphs.FAKE_INPUT, fake);
        OutAndGrad d = SameDiffOutput.toStderr(() -> discriminatorStep.calculateGradientsAndOutputs(discriminatorInputs,
                List.of(GanGraphs.D_LOSS, GanGraphs.D_REAL_LOGITS, GanGraphs.D_FAKE_LOGITS), params.discriminatorNames()));
        discriminatorOptimizer.step(d.getGradients(), step);

        double seconds = (System.nanoTime() - started) / 1e9;
        StepMetrics metrics = new StepMetrics(step,
                g.getOutputs().get(GanGraphs.G_LOSS).getDouble(0),
                d.getOutputs().get(GanGraphs.D_LOSS).getDouble(0),
                g.getOutputs().get(GanGraphs.L1).getDouble(0),
                fractionPositive(d.getOutputs().get(GanGraphs.D_REAL_LOGITS)),
                1.0 - fractionPositive(d.getOutputs().get(GanGraphs.D_FAKE_LOGITS)),
                batchSize / seconds);
        step++;
        return metrics;
    }

    /** Standard normal noise that depends only on the seed and the step, so resumed runs repeat it. */
    private INDArray noise(int batchSize) {
        return StandardNormal.matrix(batchSize, Math.max(1, config.noiseDim()), config.seed() * 0x9E3779B97F4A7C15L + step);
    }

    /** Draws the step's style-code offsets ({@link StyleJitter}), or zeros when the jitter is 0. */
    private INDArray styleJitter(int batchSize) {
        INDArray embedding = params.get(GeneratorLayers.STYLE_EMBEDDING);
        if (config.styleJitter() == 0) {
            return Nd4j.zeros(DataType.FLOAT, batchSize, embedding.size(1));
        }
        return StyleJitter.offsets(embedding, config.styleJitter(), batchSize, config.seed() * 0xC2B2AE3D27D4EB4FL + step);
    }

    private static double fractionPositive(INDArray logits) {
        return logits.gt(0).castTo(DataType.FLOAT).meanNumber().doubleValue();
    }

    /** A snapshot of the full state; arrays are copied, so training may continue while it is written. */
    public Checkpoint checkpoint() {
        return new Checkpoint(step, config.toJson(), corpusHash, CODE_VERSION, params.architecture(),
                pairs.fontIds(), copy(params.arrays()), copy(generatorOptimizer.states()),
                copy(discriminatorOptimizer.states()), history.stepsCsv(), history.validationsCsv());
    }

    private static Map<String, INDArray> copy(Map<String, INDArray> arrays) {
        Map<String, INDArray> copies = new java.util.LinkedHashMap<>();
        arrays.forEach((name, array) -> copies.put(name, array.dup()));
        return copies;
    }

    public int step() {
        return step;
    }

    public TrainConfig config() {
        return config;
    }

    public TrainingPairs pairs() {
        return pairs;
    }

    public String corpusHash() {
        return corpusHash;
    }

    /** The live parameters; do not modify. */
    public GanParameters parameters() {
        return params;
    }

    public LossHistory history() {
        return history;
    }
}
