package org.glyphgan.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.glyphgan.dataset.GlyphSample;
import org.glyphgan.raster.GrayBitmap;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the {@link CharacterClassifier} on real glyphs of the training split. Runs are repeatable
 * on CPU for a given {@link ClassifierConfig#seed()}.
 */
public final class ClassifierTrainer {
    private static final Logger log = LoggerFactory.getLogger(ClassifierTrainer.class);

    /** Receives the classifier after each epoch (1-based), for example to log validation accuracy. */
    public interface EpochListener {
        void epochFinished(int epoch, CharacterClassifier classifier, double meanLoss, double epochSeconds);
    }

    private final ClassifierConfig config;

    public ClassifierTrainer(ClassifierConfig config) {
        this.config = config;
    }

    /**
     * Trains a new classifier on the glyphs of {@code samples} whose code point is in
     * {@link BasicLatin}. Other glyphs are skipped.
     */
    public CharacterClassifier train(List<GlyphSample> samples, int sizePx, EpochListener listener) {
        List<GlyphSample> usable = new ArrayList<>();
        for (GlyphSample sample : samples) {
            if (BasicLatin.contains(sample.codePoint())) {
                usable.add(sample);
            }
        }
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("No training glyph of the Basic Latin set U+0021..U+007E among "
                    + samples.size() + " samples; check the dataset's split and character set");
        }
        Nd4j.getRandom().setSeed(config.seed());
        MultiLayerNetwork network = ClassifierNetwork.create(sizePx, config);
        CharacterClassifier classifier = new CharacterClassifier(network, sizePx);
        Random random = new Random(config.seed());
        log.info("Training the character classifier on {} glyphs, {} epochs, batch {}, {} parameters",
                usable.size(), config.epochs(), config.batchSize(), network.numParams());

        for (int epoch = 1; epoch <= config.epochs(); epoch++) {
            long start = System.nanoTime();
            double meanLoss = trainEpoch(network, usable, sizePx, random);
            double seconds = (System.nanoTime() - start) / 1e9;
            log.info("Classifier epoch {}/{}: mean loss {}, {} s", epoch, config.epochs(),
                    String.format("%.4f", meanLoss), String.format("%.1f", seconds));
            listener.epochFinished(epoch, classifier, meanLoss, seconds);
        }
        return classifier;
    }

    private double trainEpoch(MultiLayerNetwork network, List<GlyphSample> samples, int sizePx, Random random) {
        List<GlyphSample> order = new ArrayList<>(samples);
        Collections.shuffle(order, random);
        double lossSum = 0;
        int batches = 0;
        for (int start = 0; start < order.size(); start += config.batchSize()) {
            List<GlyphSample> batch = order.subList(start, Math.min(order.size(), start + config.batchSize()));
            List<GrayBitmap> glyphs = new ArrayList<>(batch.size());
            List<Integer> codePoints = new ArrayList<>(batch.size());
            for (GlyphSample sample : batch) {
                glyphs.add(randomShift(sample.bitmap(), random));
                codePoints.add(sample.codePoint());
            }
            network.fit(new DataSet(GlyphFeatures.features(glyphs, sizePx), GlyphFeatures.oneHotLabels(codePoints)));
            lossSum += network.score();
            batches++;
        }
        return lossSum / batches;
    }

    private GrayBitmap randomShift(GrayBitmap glyph, Random random) {
        int range = config.maxShiftPx();
        if (range == 0) {
            return glyph;
        }
        int dx = random.nextInt(2 * range + 1) - range;
        int dy = random.nextInt(2 * range + 1) - range;
        return GlyphFeatures.shift(glyph, dx, dy);
    }
}
