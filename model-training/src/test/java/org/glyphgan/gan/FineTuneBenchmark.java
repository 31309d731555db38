package org.glyphgan.gan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.glyphgan.dataset.DatasetFile;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.GlyphSample;
import org.glyphgan.eval.GlyphMetrics;
import org.glyphgan.eval.ReferencePicker;
import org.glyphgan.raster.GrayBitmap;

/**
 * Measures whether fine-tuning the decoder helps on characters the references do not show. For each
 * font of a held-out dataset it picks K references with a fixed seed, fits a style code, draws the
 * font's other characters and scores them by mean ink IoU; then it fine-tunes the decoder in stages
 * and scores again after each stage. A manual tool, not part of the test run (its name does not end
 * in Test).
 *
 * <p>Usage: {@code FineTuneBenchmark MODEL.zip DATASET.ggds [LEARNING_RATE,...] [STEPS,...] [MAX_FONTS]},
 * for example {@code glyphgan-model.zip validation.ggds 1e-4,1e-3 50,150 0} (0 fonts means all).
 */
public final class FineTuneBenchmark {
    private static final int REFERENCES = 8;
    private static final long SEED = 0;

    private FineTuneBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        GanStyleModel model = GanStyleModel.load(Path.of(args[0]));
        GlyphDataset dataset = DatasetFile.read(Path.of(args[1]));
        double[] learningRates = numbers(args.length > 2 ? args[2] : "1e-4");
        int[] checkpoints = java.util.Arrays.stream(numbers(args.length > 3 ? args[3] : "50,150"))
                .mapToInt(d -> (int) d).toArray();
        int maxFonts = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        System.out.printf(Locale.ROOT, "model %s, dataset %s (%d fonts), K=%d, learning rates %s, steps %s%n",
                args[0], args[1], dataset.fontIds().size(), REFERENCES, java.util.Arrays.toString(learningRates),
                java.util.Arrays.toString(checkpoints));
        Map<String, double[]> totals = new LinkedHashMap<>();
        int fonts = 0;
        for (Map.Entry<String, List<GlyphSample>> font : dataset.byFont().entrySet()) {
            if (maxFonts > 0 && fonts >= maxFonts) {
                break;
            }
            measureFont(model, font.getKey(), font.getValue(), learningRates, checkpoints, totals);
            fonts++;
        }
        System.out.println("mean over " + fonts + " fonts:");
        for (Map.Entry<String, double[]> total : totals.entrySet()) {
            double[] sums = total.getValue();
            System.out.printf(Locale.ROOT, "  %-16s held-out IoU %.4f  reference IoU %.4f  seconds %.1f%n",
                    total.getKey(), sums[0] / fonts, sums[1] / fonts, sums[2] / fonts);
        }
    }

    private static void measureFont(GanStyleModel model, String fontId, List<GlyphSample> samples,
                                    double[] learningRates, int[] checkpoints, Map<String, double[]> totals) {
        Map<Integer, GrayBitmap> glyphs = new LinkedHashMap<>();
        Set<Integer> drawable = new TreeSet<>(model.codePoints());
        for (GlyphSample sample : samples) {
            if (drawable.contains(sample.codePoint())) {
                glyphs.put(sample.codePoint(), sample.bitmap());
            }
        }
        List<Integer> picked = ReferencePicker.pick(new ArrayList<>(glyphs.keySet()), REFERENCES, SEED, fontId);
        Map<Integer, GrayBitmap> references = new LinkedHashMap<>();
        picked.forEach(cp -> references.put(cp, glyphs.get(cp)));
        List<Integer> heldOut = glyphs.keySet().stream().filter(cp -> !references.containsKey(cp)).toList();
        // The evaluation harness derives its per-font seed the same way.
        long fontSeed = SEED * 1_000_003L + fontId.hashCode();

        long started = System.nanoTime();
        StyleCode code = model.fitStyle(references, fontSeed, fraction -> { });
        double fitSeconds = (System.nanoTime() - started) / 1e9;
        report(totals, fontId, "code only", model, code, glyphs, heldOut, picked, fontSeed, fitSeconds);
        for (double learningRate : learningRates) {
            DecoderFineTuner tuner = model.decoderFineTuner(code, references, learningRate, fontSeed);
            double tuneSeconds = 0;
            for (int steps : checkpoints) {
                long stageStarted = System.nanoTime();
                tuner.run(steps - tuner.stepsDone(), fraction -> { });
                tuneSeconds += (System.nanoTime() - stageStarted) / 1e9;
                GanStyleModel tuned = model.withGeneratorArrays(tuner.tunedArrays());
                String label = String.format(Locale.ROOT, "lr %.0e N %d", learningRate, steps);
                report(totals, fontId, label, tuned, code, glyphs, heldOut, picked, fontSeed, tuneSeconds);
            }
        }
    }

    private static void report(Map<String, double[]> totals, String fontId, String label, GanStyleModel model,
                               StyleCode code, Map<Integer, GrayBitmap> glyphs, List<Integer> heldOut,
                               List<Integer> references, long noiseSeed, double seconds) {
        double heldOutIoU = meanIoU(model, code, glyphs, heldOut, noiseSeed);
        double referenceIoU = meanIoU(model, code, glyphs, references, noiseSeed);
        System.out.printf(Locale.ROOT, "%-40s %-16s held-out IoU %.4f  reference IoU %.4f  seconds %.1f%n",
                fontId, label, heldOutIoU, referenceIoU, seconds);
        System.out.flush();
        double[] sums = totals.computeIfAbsent(label, key -> new double[3]);
        sums[0] += heldOutIoU;
        sums[1] += referenceIoU;
        sums[2] += seconds;
    }

    private static double meanIoU(GanStyleModel model, StyleCode code, Map<Integer, GrayBitmap> glyphs,
                                  List<Integer> codePoints, long noiseSeed) {
        List<GrayBitmap> drawn = model.generate(code, codePoints, noiseSeed);
        double sum = 0;
        for (int i = 0; i < codePoints.size(); i++) {
            sum += GlyphMetrics.inkIoU(drawn.get(i), glyphs.get(codePoints.get(i)));
        }
        return sum / codePoints.size();
    }

    private static double[] numbers(String commaSeparated) {
        return java.util.Arrays.stream(commaSeparated.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
