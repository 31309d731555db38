package org.glyphgan.gan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glyphgan.dataset.DatasetFile;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.raster.GrayBitmap;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Compares settings of the style fit: Adam steps, learning rate and prior weight. For each font of a
 * held-out dataset it picks K references as {@code evaluate} does (seed 1), finds the start once,
 * then fits the code with each setting and draws the other characters without noise, as
 * {@code evaluate} does. It prints the mean ink IoU and the unexpected blank or broken glyphs per
 * setting. A manual tool, not part of the test run.
 *
 * <p>Usage: {@code FitSettingsBenchmark MODEL.zip DATASET.ggds K STEPS:RATE:PRIOR[:STARTS[:DICE[:MEAN]]]...},
 * for example {@code glyphgan-model.zip validation-64px.ggds 8 100:0.05:0.03 200:0.05:0.03 100:0.05:0.03:3}.
 * With STARTS above 1, the fit runs from that many of the best start candidates (full search) and
 * keeps the code with the lowest fit loss plus prior term on the references; with MEAN set to
 * {@code mean} (not {@code best}), it keeps every fitted code and draws each glyph as the pixel mean of their
 * drawings.
 * DICE is the fit's Dice weight (default {@link StyleFitter#DICE_WEIGHT}).
 */
public final class FitSettingsBenchmark {
    private static final long SEED = 1;

    private FitSettingsBenchmark() {
    }

    /**
     * One setting of the fit. With several starts, either the fitted code with the lowest fit
     * objective is kept, or ({@code mean}) every fitted code draws and the drawings are averaged.
     */
    private record Setting(int steps, double learningRate, double priorWeight, int starts, double diceWeight,
                           boolean mean) {
        static Setting parse(String text) {
            String[] parts = text.split(":");
            return new Setting(Integer.parseInt(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
                    parts.length > 3 ? Integer.parseInt(parts[3]) : 1,
                    parts.length > 4 ? Double.parseDouble(parts[4]) : StyleFitter.DICE_WEIGHT,
                    parts.length > 5 && keepsMean(parts[5]));
        }

        private static boolean keepsMean(String mode) {
            if (!mode.equals("mean") && !mode.equals("best")) {
                throw new IllegalArgumentException("Invalid mode '" + mode + "': use mean or best");
            }
            return mode.equals("mean");
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d steps, rate %s, prior %s, %d starts%s, Dice %s", steps, learningRate,
                    priorWeight, starts, mean ? " (mean)" : "", diceWeight);
        }
    }

    /** Returns the {@code n} start candidates with the lowest fit loss on all references, [n, styleDim]. */
    private static INDArray rankedStarts(GanStyleModel model, List<StyleFitter.Reference> targets, int n) {
        INDArray candidates = model.startCandidates();
        GanParameters params = model.parameters().withStyleEmbedding(candidates);
        int[] all = java.util.stream.IntStream.range(0, (int) candidates.size(0)).toArray();
        int[] best = StyleFitter.lowest(all, StyleFitter.losses(GanGraphs.generatorOnly(params, StyleFitter.DICE_WEIGHT),
                params, all, targets), n);
        return candidates.getRows(best);
    }

    /**
     * Fits one code from each of the first {@code setting.starts()} rows of {@code ranked}. Returns
     * them all for a {@code mean} setting, else the best by objective.
     */
    private static INDArray fitFromSeveral(GanStyleModel model, INDArray ranked, List<StyleFitter.Reference> targets,
                                           StylePrior prior, Setting setting, long seed) {
        int n = setting.starts();
        INDArray starts = ranked.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, n),
                org.nd4j.linalg.indexing.NDArrayIndex.all()).dup();
        List<StyleFitter.Reference> copies = new ArrayList<>();
        for (int code = 0; code < n; code++) {
            for (StyleFitter.Reference target : targets) {
                copies.add(new StyleFitter.Reference(target.content(), target.glyph(), code));
            }
        }
        INDArray fitted = StyleFitter.fit(model.parameters(), starts, copies, prior, setting.diceWeight(),
                setting.steps(), setting.learningRate(), GanStyleModel.FIT_BATCH_SIZE * n, seed, fraction -> { });
        if (setting.mean()) {
            return fitted;
        }
        GanParameters params = model.parameters().withStyleEmbedding(fitted);
        int[] rows = java.util.stream.IntStream.range(0, n).toArray();
        double[] pixels = StyleFitter.losses(GanGraphs.generatorOnly(params, setting.diceWeight()), params, rows,
                targets);
        int best = 0;
        double bestObjective = Double.POSITIVE_INFINITY;
        for (int code = 0; code < n; code++) {
            INDArray whitened = fitted.getRow(code, true).sub(prior.mean()).mmul(prior.whitening());
            double objective = pixels[code]
                    + prior.weight() * whitened.mul(whitened).sumNumber().doubleValue() / whitened.length();
            if (objective < bestObjective) {
                bestObjective = objective;
                best = code;
            }
        }
        return fitted.getRow(best, true).dup();
    }

    /** Draws {@code characters} with each row of {@code codes} and returns the pixel mean of the drawings. */
    private static List<GrayBitmap> drawMean(GanStyleModel model, INDArray codes, List<Integer> characters) {
        int rows = (int) codes.size(0);
        List<GrayBitmap> first = model.generateWithoutNoise(new StyleCode(codes.getRow(0).toFloatVector()), characters);
        if (rows == 1) {
            return first;
        }
        List<float[]> sums = new ArrayList<>();
        first.forEach(glyph -> sums.add(glyph.ink().clone()));
        for (int row = 1; row < rows; row++) {
            List<GrayBitmap> drawn = model.generateWithoutNoise(new StyleCode(codes.getRow(row).toFloatVector()), characters);
            for (int i = 0; i < drawn.size(); i++) {
                float[] ink = drawn.get(i).ink();
                float[] sum = sums.get(i);
                for (int p = 0; p < sum.length; p++) {
                    sum[p] += ink[p];
                }
            }
        }
        List<GrayBitmap> mean = new ArrayList<>();
        for (int i = 0; i < sums.size(); i++) {
            float[] sum = sums.get(i);
            for (int p = 0; p < sum.length; p++) {
                sum[p] /= rows;
            }
            mean.add(new GrayBitmap(first.get(i).widthPx(), first.get(i).heightPx(), sum));
        }
        return mean;
    }

    public static void main(String[] args) throws Exception {
        GanStyleModel model = GanStyleModel.load(Path.of(args[0]));
        GlyphDataset dataset = DatasetFile.read(Path.of(args[1]));
        int k = Integer.parseInt(args[2]);
        List<Setting> settings = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            settings.add(Setting.parse(args[i]));
        }
        System.out.printf(Locale.ROOT, "model %s, dataset %s, K=%d, settings %s%n", args[0], args[1], k, settings);
        HeldOutTally tally = new HeldOutTally(settings.size());
        for (HeldOutFont font : HeldOutFont.all(model, dataset, k, SEED)) {
            List<Integer> heldOut = font.heldOut();
            List<StyleFitter.Reference> targets = model.fitReferences(font.references());
            INDArray start = StyleFitter.bestStarts(model.parameters(), model.startCandidates(), targets, 1);
            int maxStarts = settings.stream().mapToInt(Setting::starts).max().orElse(1);
            INDArray ranked = maxStarts > 1 ? rankedStarts(model, targets, maxStarts) : start;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-52s", font.fontId()));
            for (int s = 0; s < settings.size(); s++) {
                Setting setting = settings.get(s);
                StylePrior prior = StylePrior.of(model.distribution(), setting.priorWeight());
                INDArray fitted = setting.starts() == 1
                        ? StyleFitter.fit(model.parameters(), start, targets, prior, setting.diceWeight(),
                                setting.steps(), setting.learningRate(), GanStyleModel.FIT_BATCH_SIZE, font.fontSeed(),
                                fraction -> { })
                        : fitFromSeveral(model, ranked, targets, prior, setting, font.fontSeed());
                List<GrayBitmap> drawn = drawMean(model, fitted, heldOut);
                line.append(String.format(Locale.ROOT, "  %.4f", tally.add(s, font, drawn)));
            }
            tally.fontDone(font);
            System.out.println(line);
            System.out.flush();
        }
        tally.print(settings);
    }
}
