package org.glyphgan.gan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.glyphgan.raster.GrayBitmap;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The trained conditional GAN behind {@link StyleModel}. Methods that run the shared SameDiff
 * graphs are synchronized, because the graphs and their arrays are shared mutable state. The slow
 * ones, {@link #fitStyle} and {@link #fineTuneDecoder}, hold the lock only to copy the arrays.
 */
public final class GanStyleModel implements StyleModel {
    /** References per style-fit step. */
    public static final int FIT_BATCH_SIZE = 8;
    /**
     * Adam step size of {@link #fineTuneDecoder}. With 50 steps it scored a held-out ink IoU of 0.463
     * on the 9 validation fonts, 1e-3 scored 0.462 and the style code alone 0.459 (FineTuneBenchmark).
     */
    public static final double FINE_TUNE_LEARNING_RATE = 1e-4;

    private final GanParameters inference;
    private final Map<Integer, GrayBitmap> baseGlyphs;
    private final Map<String, StyleCode> styles;
    private final StyleDistribution distribution;
    private final int fitSteps;
    private final double fitLearningRate;
    private final SameDiff generator;
    private final SameDiff discriminator;

    /**
     * @param trained         trained generator and discriminator arrays (copied)
     * @param baseGlyphs      the base font's content glyph for each supported code point
     * @param styles          named style codes in a stable order
     * @param fitSteps        Adam steps of {@link #fitStyle}
     * @param fitLearningRate Adam step size of {@link #fitStyle}
     */
    public GanStyleModel(GanParameters trained, Map<Integer, GrayBitmap> baseGlyphs, Map<String, StyleCode> styles,
                         int fitSteps, double fitLearningRate) {
        if (styles.isEmpty()) {
            throw new IllegalArgumentException("A style model needs at least one named style");
        }
        int styleDim = trained.architecture().styleDim();
        this.inference = trained.withStyleEmbedding(Nd4j.zeros(DataType.FLOAT, 1, styleDim));
        this.baseGlyphs = Collections.unmodifiableMap(new java.util.TreeMap<>(baseGlyphs));
        this.styles = Collections.unmodifiableMap(new LinkedHashMap<>(styles));
        float[][] codes = this.styles.values().stream().map(StyleCode::vector).toArray(float[][]::new);
        this.distribution = StyleDistribution.fit(codes);
        this.fitSteps = fitSteps;
        this.fitLearningRate = fitLearningRate;
        this.generator = GanGraphs.generatorOnly(inference);
        this.discriminator = GanGraphs.discriminatorOnly(inference);
    }

    /** Loads a model file written by {@link ModelFile#write}. */
    public static GanStyleModel load(Path file) throws IOException {
        return ModelFile.read(file);
    }

    public static GanStyleModel load(InputStream in) throws IOException {
        return ModelFile.read(in);
    }

    public GanArchitecture architecture() {
        return inference.architecture();
    }

    /** Generator and discriminator arrays with a one-row style embedding; do not modify. */
    GanParameters parameters() {
        return inference;
    }

    public Map<Integer, GrayBitmap> baseGlyphs() {
        return baseGlyphs;
    }

    @Override
    public Optional<GrayBitmap> contentGlyph(int codePoint) {
        return Optional.ofNullable(baseGlyphs.get(codePoint));
    }

    public int fitSteps() {
        return fitSteps;
    }

    public double fitLearningRate() {
        return fitLearningRate;
    }

    @Override
    public int sizePx() {
        return inference.architecture().sizePx();
    }

    @Override
    public List<Integer> codePoints() {
        return List.copyOf(baseGlyphs.keySet());
    }

    @Override
    public Map<String, StyleCode> namedStyles() {
        return styles;
    }

    @Override
    public StyleCode randomStyle(long seed) {
        return distribution.sample(seed);
    }

    /** Returns the Gaussian fitted to the training codes, which random styles and the fit's prior come from. */
    StyleDistribution distribution() {
        return distribution;
    }

    /** Returns the mean of the training codes, where {@link #fitStyle} starts. */
    public StyleCode meanStyle() {
        return new StyleCode(distribution.mean());
    }

    /**
     * {@inheritDoc} The fit starts at whichever named code or their mean draws the references best,
     * and uses zero noise. With more than
     * {@link #FIT_BATCH_SIZE} references, each step uses the next few of them in an order shuffled
     * by {@code seed}.
     */
    @Override
    public StyleCode fitStyle(Map<Integer, GrayBitmap> references, long seed, DoubleConsumer progress) {
        List<StyleFitter.Reference> targets = fitReferences(references);
        // The fit runs on a copy, so other threads keep generating during its tens of seconds.
        GanParameters snapshot;
        synchronized (this) {
            snapshot = inference.copy();
        }
        // Read per fit, so a bad weight fails the fit with its own message, not the model load.
        StylePrior prior = StylePrior.of(distribution, StyleFitter.priorWeight());
        INDArray initial = StyleFitter.bestStarts(snapshot, startCandidates(), targets, 1);
        INDArray fitted = StyleFitter.fit(snapshot, initial, targets, prior, fitSteps, fitLearningRate, FIT_BATCH_SIZE,
                seed, progress);
        return new StyleCode(fitted.toFloatVector());
    }

    /**
     * Fine-tunes a copy of the generator's decoder to {@code references} with {@code code} frozen,
     * and returns the tuned decoder arrays for {@link #withGeneratorArrays}. This model is not
     * modified, and it stays usable by other threads while the fine-tune runs: only the copy of
     * its arrays holds the lock.
     *
     * @param references bitmaps in the model's em box, keyed by code point
     * @param steps      Adam steps with {@link #FINE_TUNE_LEARNING_RATE}, each on up to
     *                   {@link #FIT_BATCH_SIZE} references
     * @param progress   receives the completed fraction after each step; an exception it throws
     *                   stops the fine-tune
     */
    public Map<String, INDArray> fineTuneDecoder(StyleCode code, Map<Integer, GrayBitmap> references, int steps,
                                                 long seed, DoubleConsumer progress) {
        DecoderFineTuner tuner = decoderFineTuner(code, references, FINE_TUNE_LEARNING_RATE, seed);
        tuner.run(steps, progress);
        return tuner.tunedArrays();
    }

    /** Returns a fine-tuner over a copy of this model's arrays, for callers that run it in stages. */
    public DecoderFineTuner decoderFineTuner(StyleCode code, Map<Integer, GrayBitmap> references, double learningRate,
                                             long seed) {
        List<StyleFitter.Reference> targets = fitReferences(references);
        GanParameters snapshot;
        synchronized (this) {
            snapshot = inference.copy();
        }
        return new DecoderFineTuner(snapshot, code, targets, learningRate, FIT_BATCH_SIZE, seed);
    }

    /**
     * Returns a model that draws with {@code arrays} in place of this model's generator arrays of the
     * same names, such as those of {@link #fineTuneDecoder}, and shares everything else: base
     * glyphs, named styles, fit settings and the discriminator's weights.
     *
     * @throws IllegalArgumentException for a name that is not a generator array, the style
     *                                  embedding, or an array of another shape
     */
    public GanStyleModel withGeneratorArrays(Map<String, INDArray> arrays) {
        for (String name : arrays.keySet()) {
            if (!name.startsWith("g_") || name.equals(GeneratorLayers.STYLE_EMBEDDING)) {
                throw new IllegalArgumentException("Array " + name + " is not a generator layer's weight or bias;"
                        + " only those can replace this model's arrays");
            }
        }
        GanParameters replaced;
        synchronized (this) {
            replaced = inference.withArrays(arrays);
        }
        return new GanStyleModel(replaced, baseGlyphs, styles, fitSteps, fitLearningRate);
    }

    /** Returns copies of the decoder's weight and bias arrays, by name, in decoder order. */
    public synchronized Map<String, INDArray> decoderArrays() {
        Map<String, INDArray> copies = new LinkedHashMap<>();
        for (String name : GeneratorLayers.decoderArrayNames()) {
            copies.put(name, inference.get(name).dup());
        }
        return copies;
    }

    /** Returns each reference with its content glyph, as code 0 of a fit, in the map's order. */
    List<StyleFitter.Reference> fitReferences(Map<Integer, GrayBitmap> references) {
        List<StyleFitter.Reference> targets = new ArrayList<>();
        for (Map.Entry<Integer, GrayBitmap> entry : references.entrySet()) {
            targets.add(new StyleFitter.Reference(image(content(entry.getKey())), image(entry.getValue()), 0));
        }
        return targets;
    }

    /** Returns the named codes and their mean, one per row: the start candidates of {@link #fitStyle}. */
    INDArray startCandidates() {
        int dim = architecture().styleDim();
        INDArray candidates = Nd4j.create(DataType.FLOAT, styles.size() + 1, dim);
        int row = 0;
        for (StyleCode code : styles.values()) {
            candidates.putRow(row++, Nd4j.create(code.vector(), new long[] {dim}, 'c'));
        }
        candidates.putRow(row, Nd4j.create(distribution.mean(), new long[] {dim}, 'c'));
        return candidates;
    }

    @Override
    public GrayBitmap generate(StyleCode style, int codePoint, long noiseSeed) {
        return generate(style, List.of(codePoint), noiseSeed).get(0);
    }

    /** Draws several characters in one batch; noise for candidate {@code noiseSeed} is shared by all. */
    public List<GrayBitmap> generate(StyleCode style, List<Integer> codePoints, long noiseSeed) {
        return generate(style, codePoints, noiseRow(noiseSeed));
    }

    @Override
    public GrayBitmap generateWithoutNoise(StyleCode style, int codePoint) {
        return generateWithoutNoise(style, List.of(codePoint)).get(0);
    }

    /** Draws several characters in one batch with zero noise, as {@link #generateWithoutNoise(StyleCode, int)}. */
    public List<GrayBitmap> generateWithoutNoise(StyleCode style, List<Integer> codePoints) {
        int dim = architecture().noiseDim();
        return generate(style, codePoints, dim == 0 ? null : new float[dim]);
    }

    /** Draws several characters with the noise vector {@code noiseRow} (null when the model has no noise input). */
    synchronized List<GrayBitmap> generate(StyleCode style, List<Integer> codePoints, float[] noiseRow) {
        setStyle(style);
        int n = codePoints.size();
        INDArray content = batch(codePoints.stream().map(this::content).toList());
        INDArray oneHot = Nd4j.ones(DataType.FLOAT, n, 1);
        INDArray noise = noiseRow == null ? null
                : Nd4j.create(noiseRow, new long[] {1, noiseRow.length}, 'c').repeat(0, n);
        Map<String, INDArray> inputs = GeneratorInputs.of(architecture(), content, null, oneHot, noise);
        INDArray out = generator.output(inputs, GanGraphs.GENERATED).get(GanGraphs.GENERATED);
        List<GrayBitmap> glyphs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            glyphs.add(new GrayBitmap(sizePx(), sizePx(), out.get(org.nd4j.linalg.indexing.NDArrayIndex.point(i)).dup('c').ravel().toFloatVector()));
        }
        return glyphs;
    }

    /**
     * {@inheritDoc} The score is the discriminator's sigmoid averaged over its patches. The
     * discriminator reads the content glyph and the candidate but not the style code, so it scores
     * "a real glyph of this character" rather than fidelity to {@code style}.
     */
    @Override
    public synchronized double realism(StyleCode style, int codePoint, GrayBitmap glyph) {
        Map<String, INDArray> inputs = Map.of(
                GanGraphs.CONTENT, batch(List.of(content(codePoint))),
                GanGraphs.REAL, batch(List.of(glyph)));
        INDArray logits = discriminator.output(inputs, GanGraphs.D_LOGITS).get(GanGraphs.D_LOGITS);
        return Transforms.sigmoid(logits, true).meanNumber().doubleValue();
    }

    /**
     * Scores several glyphs in one discriminator call, as {@link #realism(StyleCode, int, GrayBitmap)}
     * scores one; {@code codePoints} and {@code glyphs} pair up by index.
     */
    public synchronized double[] realism(StyleCode style, List<Integer> codePoints, List<GrayBitmap> glyphs) {
        if (codePoints.size() != glyphs.size()) {
            throw new IllegalArgumentException("Got " + codePoints.size() + " code points but " + glyphs.size()
                    + " glyphs; pass one code point per glyph");
        }
        if (glyphs.isEmpty()) {
            return new double[0];
        }
        Map<String, INDArray> inputs = Map.of(
                GanGraphs.CONTENT, batch(codePoints.stream().map(this::content).toList()),
                GanGraphs.REAL, batch(glyphs));
        INDArray logits = discriminator.output(inputs, GanGraphs.D_LOGITS).get(GanGraphs.D_LOGITS);
        INDArray perGlyph = Transforms.sigmoid(logits, true).reshape(glyphs.size(), -1).mean(1);
        return perGlyph.toDoubleVector();
    }

    private void setStyle(StyleCode style) {
        if (style.dimension() != architecture().styleDim()) {
            throw new IllegalArgumentException("Style code has dimension " + style.dimension() + " but this model uses "
                    + architecture().styleDim() + "; use a code made by this model");
        }
        inference.get(GeneratorLayers.STYLE_EMBEDDING).assign(Nd4j.create(style.vector(), new long[] {1, style.dimension()}, 'c'));
    }

    private GrayBitmap content(int codePoint) {
        GrayBitmap glyph = baseGlyphs.get(codePoint);
        if (glyph == null) {
            throw new IllegalArgumentException(String.format("Code point U+%04X is not supported by this model;"
                    + " supported are %d code points from U+%04X", codePoint, baseGlyphs.size(), codePoints().get(0)));
        }
        return glyph;
    }

    /**
     * Returns the standard normal noise vector of {@code seed} ({@link StandardNormal}, so candidates
     * with seeds 1, 2, 3 get unrelated noise), or null when the model has no noise input.
     */
    float[] noiseRow(long seed) {
        int dim = architecture().noiseDim();
        if (dim == 0) {
            return null;
        }
        double[] gaussians = StandardNormal.values(dim, seed);
        float[] values = new float[dim];
        for (int i = 0; i < dim; i++) {
            values[i] = (float) gaussians[i];
        }
        return values;
    }

    private INDArray image(GrayBitmap bitmap) {
        if (bitmap.widthPx() != sizePx() || bitmap.heightPx() != sizePx()) {
            throw new IllegalArgumentException("Glyph is " + bitmap.widthPx() + "x" + bitmap.heightPx()
                    + " px but this model reads " + sizePx() + "x" + sizePx() + " px; render it in the model's em box");
        }
        return Nd4j.create(bitmap.ink(), new long[] {1, sizePx(), sizePx()}, 'c');
    }

    private INDArray batch(List<GrayBitmap> glyphs) {
        INDArray images = Nd4j.create(DataType.FLOAT, glyphs.size(), 1, sizePx(), sizePx());
        for (int i = 0; i < glyphs.size(); i++) {
            images.get(org.nd4j.linalg.indexing.NDArrayIndex.point(i)).assign(image(glyphs.get(i)));
        }
        return images;
    }
}
