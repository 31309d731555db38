package org.glyphgan.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.GlyphSample;
import org.glyphgan.gan.GanGraphs;
import org.glyphgan.gan.GanParameters;
import org.glyphgan.gan.GeneratorLayers;
import org.glyphgan.gan.StyleDistribution;
import org.glyphgan.gan.StyleFitter;
import org.glyphgan.gan.StylePrior;
import org.glyphgan.raster.GrayBitmap;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Scores a generator on held-out fonts: each font's style is fitted to K reference glyphs (picked
 * once from the seed), then the other characters are generated and compared with the real ones
 * by mean L1 and ink IoU. All fonts are fitted together in one batch.
 */
public final class ValidationScorer {
    /** Pixels with ink at or above this value count as ink for IoU. */
    public static final float INK_THRESHOLD = 0.5f;
    private static final int GENERATE_BATCH = 64;

    private final TrainConfig config;
    /** Read once here, so a bad override stops the run at its start rather than at the first validation. */
    private final double priorWeight = StyleFitter.priorWeight();
    private final Map<Integer, GrayBitmap> baseGlyphs;
    private final Map<String, List<GlyphSample>> references = new LinkedHashMap<>();
    private final Map<String, List<GlyphSample>> heldOut = new LinkedHashMap<>();

    public ValidationScorer(TrainConfig config, GlyphDataset validation, Map<Integer, GrayBitmap> baseGlyphs) {
        this.config = config;
        this.baseGlyphs = baseGlyphs;
        int fontIndex = 0;
        for (Map.Entry<String, List<GlyphSample>> font : validation.byFont().entrySet()) {
            if (fontIndex >= config.validationFonts()) {
                break;
            }
            List<GlyphSample> usable = new ArrayList<>(font.getValue().stream()
                    .filter(s -> baseGlyphs.containsKey(s.codePoint())).toList());
            if (usable.size() <= config.validationReferences()) {
                continue;
            }
            Collections.shuffle(usable, new Random(config.seed() + 7919L * fontIndex));
            references.put(font.getKey(), List.copyOf(usable.subList(0, config.validationReferences())));
            heldOut.put(font.getKey(), List.copyOf(usable.subList(config.validationReferences(), usable.size())));
            fontIndex++;
        }
    }

    public List<String> fontIds() {
        return List.copyOf(references.keySet());
    }

    /** The score plus, per font, the real and generated held-out glyphs (same order) for sample grids. */
    public record Result(ValidationScore score, Map<String, List<GrayBitmap>> real, Map<String, List<GrayBitmap>> generated) {
    }

    public Result score(GanParameters trained, int step) {
        if (references.isEmpty()) {
            throw new IllegalStateException("No validation font has more than " + config.validationReferences() + " glyphs");
        }
        INDArray codes = fitCodes(trained);
        GanParameters fitted = trained.withStyleEmbedding(codes);
        SameDiff generator = GanGraphs.generatorOnly(fitted);
        Map<String, List<GrayBitmap>> real = new LinkedHashMap<>();
        Map<String, List<GrayBitmap>> generated = new LinkedHashMap<>();
        double l1Sum = 0;
        double iouSum = 0;
        int count = 0;
        int codeIndex = 0;
        for (Map.Entry<String, List<GlyphSample>> font : heldOut.entrySet()) {
            List<GrayBitmap> drawn = generate(generator, fitted, font.getValue(), codeIndex++);
            List<GrayBitmap> truth = font.getValue().stream().map(GlyphSample::bitmap).toList();
            for (int i = 0; i < drawn.size(); i++) {
                l1Sum += meanAbsoluteError(drawn.get(i), truth.get(i));
                iouSum += inkIou(drawn.get(i), truth.get(i));
                count++;
            }
            real.put(font.getKey(), truth);
            generated.put(font.getKey(), drawn);
        }
        return new Result(new ValidationScore(step, l1Sum / count, iouSum / count), real, generated);
    }

    private INDArray fitCodes(GanParameters trained) {
        INDArray trainingCodes = trained.get(GeneratorLayers.STYLE_EMBEDDING);
        INDArray candidates = Nd4j.vstack(trainingCodes, trainingCodes.mean(true, 0));
        List<StyleFitter.Reference> targets = new ArrayList<>();
        int codeIndex = 0;
        for (List<GlyphSample> fontReferences : references.values()) {
            for (GlyphSample sample : fontReferences) {
                targets.add(new StyleFitter.Reference(image(baseGlyphs.get(sample.codePoint())), image(sample.bitmap()), codeIndex));
            }
            codeIndex++;
        }
        INDArray initial = StyleFitter.bestStarts(trained, candidates, targets, references.size());
        StylePrior prior = StylePrior.of(StyleDistribution.fit(trainingCodes.toFloatMatrix()), priorWeight);
        return StyleFitter.fit(trained, initial, targets, prior, config.validationFitSteps(), config.styleFitLearningRate(),
                targets.size(), config.seed(), f -> { });
    }

    private List<GrayBitmap> generate(SameDiff generator, GanParameters fitted, List<GlyphSample> samples, int codeIndex) {
        List<GrayBitmap> out = new ArrayList<>();
        int size = fitted.architecture().sizePx();
        for (int start = 0; start < samples.size(); start += GENERATE_BATCH) {
            List<GlyphSample> chunk = samples.subList(start, Math.min(samples.size(), start + GENERATE_BATCH));
            INDArray content = Nd4j.create(DataType.FLOAT, chunk.size(), 1, size, size);
            INDArray oneHot = Nd4j.zeros(DataType.FLOAT, chunk.size(), fitted.fontCount());
            for (int i = 0; i < chunk.size(); i++) {
                TrainingPairs.put(content, i, baseGlyphs.get(chunk.get(i).codePoint()));
                oneHot.putScalar(i, codeIndex, 1f);
            }
            Map<String, INDArray> inputs = new java.util.HashMap<>();
            inputs.put(GanGraphs.CONTENT, content);
            inputs.put(GanGraphs.REAL, content);
            inputs.put(GanGraphs.FONT_ONE_HOT, oneHot);
            if (fitted.architecture().noiseDim() > 0) {
                inputs.put(GanGraphs.NOISE, Nd4j.zeros(DataType.FLOAT, chunk.size(), fitted.architecture().noiseDim()));
            }
            INDArray images = generator.output(inputs, GanGraphs.GENERATED).get(GanGraphs.GENERATED);
            for (int i = 0; i < chunk.size(); i++) {
                out.add(new GrayBitmap(size, size, images.get(NDArrayIndex.point(i)).dup('c').ravel().toFloatVector()));
            }
        }
        return out;
    }

    private static INDArray image(GrayBitmap bitmap) {
        return Nd4j.create(bitmap.ink(), new long[] {1, bitmap.heightPx(), bitmap.widthPx()}, 'c');
    }

    public static double meanAbsoluteError(GrayBitmap a, GrayBitmap b) {
        float[] x = a.ink();
        float[] y = b.ink();
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += Math.abs(x[i] - y[i]);
        }
        return sum / x.length;
    }

    /** Intersection over union of the ink masks; 1 when both glyphs are blank. */
    public static double inkIou(GrayBitmap a, GrayBitmap b) {
        float[] x = a.ink();
        float[] y = b.ink();
        int intersection = 0;
        int union = 0;
        for (int i = 0; i < x.length; i++) {
            boolean inkA = x[i] >= INK_THRESHOLD;
            boolean inkB = y[i] >= INK_THRESHOLD;
            intersection += inkA && inkB ? 1 : 0;
            union += inkA || inkB ? 1 : 0;
        }
        return union == 0 ? 1.0 : (double) intersection / union;
    }
}
