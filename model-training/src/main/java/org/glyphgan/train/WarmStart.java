package org.glyphgan.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.glyphgan.checkpoint.Checkpoint;
import org.glyphgan.dataset.GlyphSample;
import org.glyphgan.gan.GanArchitecture;
import org.glyphgan.gan.GanParameters;
import org.glyphgan.gan.GeneratorLayers;
import org.glyphgan.gan.GeneratorWidening;
import org.glyphgan.gan.StyleFitter;
import org.glyphgan.raster.GrayBitmap;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The weights of a new run taken from an earlier run's checkpoint, so that a run on a grown corpus
 * does not start from random weights. Two stages:
 * <ol>
 *   <li>copy: every generator and discriminator array, and the style code of each font that the
 *       checkpoint was trained on; a config with more generator channels gets the checkpoint's
 *       generator widened to them;</li>
 *   <li>fit: a code for each font the checkpoint has not seen, fitted with the copied generator
 *       frozen to up to {@link #REFERENCES} of that font's training glyphs: it starts at the old code
 *       (or their mean) that draws a few of them best, then {@link #FIT_STEPS} Adam steps refine it.</li>
 * </ol>
 * Adam moments, the step count and the loss history are not copied; the new run starts them afresh.
 */
final class WarmStart {
    private static final Logger LOG = LoggerFactory.getLogger(WarmStart.class);
    /** Training glyphs per new font that its code is fitted to. */
    static final int REFERENCES = 16;
    /** Adam steps of each new font's code fit. */
    static final int FIT_STEPS = 30;
    /** References per new font that score the start candidates. */
    static final int START_REFERENCES = 4;
    /**
     * New fonts whose codes are fitted together. A step's batch contains {@link #FIT_BATCH_SIZE} glyphs
     * per font, and 46 fonts in one batch took 13 GB of memory (measured once), so larger sets go in groups.
     */
    static final int FONTS_PER_FIT = 8;
    /** References per new font in each fit step. */
    private static final int FIT_BATCH_SIZE = 8;

    private WarmStart() {
    }

    /**
     * Returns the new run's parameters: the checkpoint's arrays, with a style embedding row for each
     * font of {@code pairs}.
     *
     * @throws IllegalArgumentException when the network shapes differ other than by a wider generator
     */
    static GanParameters parameters(Checkpoint source, TrainingPairs pairs, TrainConfig config) {
        GanArchitecture arch = config.architecture();
        GanParameters old = startingArrays(source, arch, config.seed());
        INDArray oldCodes = old.get(GeneratorLayers.STYLE_EMBEDDING);
        INDArray codes = Nd4j.create(DataType.FLOAT, pairs.fontIds().size(), arch.styleDim());
        List<String> unseen = new ArrayList<>();
        for (int row = 0; row < pairs.fontIds().size(); row++) {
            int oldRow = source.fontIds().indexOf(pairs.fontIds().get(row));
            if (oldRow >= 0) {
                codes.putRow(row, oldCodes.getRow(oldRow));
            } else {
                unseen.add(pairs.fontIds().get(row));
            }
        }
        LOG.info("Starting from step {} of the checkpoint: {} style codes copied, {} fitted for fonts it has not seen",
                source.step(), pairs.fontIds().size() - unseen.size(), unseen.size());
        if (!unseen.isEmpty()) {
            fitUnseen(old, pairs, config, unseen, codes);
        }
        return old.withStyleEmbedding(codes);
    }

    /**
     * Returns the checkpoint's arrays in the config's network shape. A config with more generator
     * channels, and otherwise the checkpoint's shape, gets the checkpoint's generator widened by
     * {@link GeneratorWidening}, which draws the same glyphs.
     *
     * @throws IllegalArgumentException for any other difference in shape
     */
    private static GanParameters startingArrays(Checkpoint source, GanArchitecture arch, long seed) {
        GanArchitecture from = source.architecture();
        GanParameters arrays = new GanParameters(from, source.parameters());
        if (from.equals(arch)) {
            return arrays;
        }
        List<String> fixed = shapeDifferences(from, arch);
        if (!fixed.isEmpty()) {
            throw new IllegalArgumentException("The checkpoint to start from has " + String.join(", ", fixed)
                    + "; only generatorChannels may differ. Set these fields to the checkpoint's values (its"
                    + " config.json has them), or pass no --config to use the checkpoint's own");
        }
        if (arch.generatorChannels() < from.generatorChannels()) {
            throw new IllegalArgumentException("The checkpoint to start from has generatorChannels "
                    + from.generatorChannels() + " but the config sets " + arch.generatorChannels()
                    + "; the generator can only be widened, so set generatorChannels to at least "
                    + from.generatorChannels());
        }
        LOG.info("Widening the checkpoint's generator from {} to {} channels in its first stage",
                from.generatorChannels(), arch.generatorChannels());
        return GeneratorWidening.widen(arrays, arch.generatorChannels(), seed);
    }

    /** Returns "FIELD X but the config sets Y" for each shape field other than generatorChannels that differs. */
    private static List<String> shapeDifferences(GanArchitecture checkpoint, GanArchitecture config) {
        List<String> differences = new ArrayList<>();
        addDifference(differences, "sizePx", checkpoint.sizePx(), config.sizePx());
        addDifference(differences, "discriminatorChannels", checkpoint.discriminatorChannels(),
                config.discriminatorChannels());
        addDifference(differences, "styleDim", checkpoint.styleDim(), config.styleDim());
        addDifference(differences, "noiseDim", checkpoint.noiseDim(), config.noiseDim());
        return differences;
    }

    private static void addDifference(List<String> differences, String field, int checkpoint, int config) {
        if (checkpoint != config) {
            differences.add(field + " " + checkpoint + " but the config sets " + config);
        }
    }

    /**
     * Fits the codes of {@code unseen} fonts into their rows of {@code codes}. The start candidates are
     * scored on {@link #START_REFERENCES} glyphs per font. The refinement fits up to
     * {@link #FONTS_PER_FIT} codes at once, each step on {@link #FIT_BATCH_SIZE} glyphs per font.
     */
    private static void fitUnseen(GanParameters old, TrainingPairs pairs, TrainConfig config, List<String> fonts,
                                  INDArray codes) {
        INDArray oldCodes = old.get(GeneratorLayers.STYLE_EMBEDDING);
        INDArray candidates = Nd4j.vstack(oldCodes, oldCodes.mean(0).reshape(1, oldCodes.size(1)));
        List<String> unseen = withGlyphs(pairs, fonts, oldCodes.mean(0), codes);
        if (unseen.isEmpty()) {
            return;
        }
        for (int first = 0; first < unseen.size(); first += FONTS_PER_FIT) {
            List<String> group = unseen.subList(first, Math.min(first + FONTS_PER_FIT, unseen.size()));
            LOG.info("Fitting the style codes of new fonts {}-{} of {}", first + 1, first + group.size(), unseen.size());
            fitGroup(old, pairs, config, group, candidates, codes);
        }
    }

    /**
     * Returns the {@code fonts} that have training glyphs. Each other font gets {@code meanCode} in its
     * row of {@code codes} with a warning, because training never draws it and there is nothing to fit.
     */
    private static List<String> withGlyphs(TrainingPairs pairs, List<String> fonts, INDArray meanCode, INDArray codes) {
        List<String> withGlyphs = new ArrayList<>();
        for (String font : fonts) {
            if (pairs.samplesOf(font).isEmpty()) {
                LOG.warn("Font {} has no training glyph whose character the base font has. Its style code is the"
                        + " mean code of the checkpoint", font);
                codes.putRow(pairs.fontIds().indexOf(font), meanCode);
            } else {
                withGlyphs.add(font);
            }
        }
        return withGlyphs;
    }

    /** Fits the codes of {@code group} together, each to its own references, into their rows of {@code codes}. */
    private static void fitGroup(GanParameters old, TrainingPairs pairs, TrainConfig config, List<String> group,
                                 INDArray candidates, INDArray codes) {
        INDArray starts = Nd4j.create(DataType.FLOAT, group.size(), candidates.size(1));
        List<StyleFitter.Reference> all = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            List<StyleFitter.Reference> own = references(pairs, group.get(i), config.seed());
            List<StyleFitter.Reference> scored = own.subList(0, Math.min(START_REFERENCES, own.size()));
            starts.putRow(i, StyleFitter.bestStarts(old, candidates, scored, 1).getRow(0));
            for (StyleFitter.Reference reference : own) {
                all.add(new StyleFitter.Reference(reference.content(), reference.glyph(), i));
            }
        }
        INDArray fitted = StyleFitter.fit(old, starts, all, FIT_STEPS, config.styleFitLearningRate(),
                FIT_BATCH_SIZE * group.size(), config.seed(), WarmStart::logFitProgress);
        for (int i = 0; i < group.size(); i++) {
            codes.putRow(pairs.fontIds().indexOf(group.get(i)), fitted.getRow(i));
        }
    }

    private static void logFitProgress(double fraction) {
        int step = (int) Math.round(fraction * FIT_STEPS);
        if (step % 5 == 0) {
            LOG.info("Style code fit: step {}/{}", step, FIT_STEPS);
        }
    }

    /** Returns up to {@link #REFERENCES} of the font's training glyphs, in an order shuffled by {@code seed}. */
    private static List<StyleFitter.Reference> references(TrainingPairs pairs, String fontId, long seed) {
        List<GlyphSample> glyphs = new ArrayList<>(pairs.samplesOf(fontId));
        Collections.shuffle(glyphs, new Random(seed * 1_000_003L + fontId.hashCode()));
        Map<Integer, GrayBitmap> base = pairs.baseGlyphs();
        List<StyleFitter.Reference> references = new ArrayList<>();
        for (GlyphSample sample : glyphs.subList(0, Math.min(REFERENCES, glyphs.size()))) {
            references.add(new StyleFitter.Reference(image(base.get(sample.codePoint())), image(sample.bitmap()), 0));
        }
        return references;
    }

    private static INDArray image(GrayBitmap bitmap) {
        return Nd4j.create(bitmap.ink(),
                new long[] {1, bitmap.heightPx(), bitmap.widthPx()}, 'c');
    }
}
