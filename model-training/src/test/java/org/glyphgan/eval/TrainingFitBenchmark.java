package org.glyphgan.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.glyphgan.dataset.DatasetFile;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.GlyphSample;
import org.glyphgan.gan.GanStyleModel;
import org.glyphgan.gan.StyleCode;
import org.glyphgan.raster.GrayBitmap;

/**
 * Measures how well the generator draws the fonts it was trained on, to tell underfitting apart from
 * poor generalization to new styles. For each font of the train dataset that the model has a named
 * code for, it picks K references as {@code evaluate} does and scores the other characters by mean
 * ink IoU, drawn with the font's learned code and, with {@code fit}, with a code fitted to the
 * references. A manual tool, not part of the test run (its name does not end in Test).
 *
 * <p>Usage: {@code TrainingFitBenchmark MODEL.zip TRAIN.ggds [fit]}.
 */
public final class TrainingFitBenchmark {
    private static final int REFERENCES = 8;
    private static final long SEED = 1;

    private TrainingFitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        GanStyleModel model = GanStyleModel.load(Path.of(args[0]));
        GlyphDataset dataset = DatasetFile.read(Path.of(args[1]));
        boolean fit = args.length > 2 && args[2].equals("fit");
        Set<Integer> scored = Set.copyOf(EvaluationConfig.basicLatin(REFERENCES, SEED).codePoints());
        double learnedSum = 0;
        double fittedSum = 0;
        int fonts = 0;
        for (Map.Entry<String, List<GlyphSample>> font : dataset.byFont().entrySet()) {
            StyleCode learned = model.namedStyles().get(font.getKey());
            if (learned == null) {
                continue;
            }
            Map<Integer, GrayBitmap> glyphs = new TreeMap<>();
            for (GlyphSample sample : font.getValue()) {
                if (scored.contains(sample.codePoint())) {
                    glyphs.put(sample.codePoint(), sample.bitmap());
                }
            }
            List<Integer> references = ReferencePicker.pick(new ArrayList<>(glyphs.keySet()), REFERENCES, SEED, font.getKey());
            long noiseSeed = ReferencePicker.fontSeed(SEED, font.getKey());
            double learnedIou = heldOutIou(model, learned, glyphs, references, noiseSeed);
            learnedSum += learnedIou;
            String line = String.format(Locale.ROOT, "%-58s learned code %.4f", font.getKey(), learnedIou);
            if (fit) {
                Map<Integer, GrayBitmap> referenceGlyphs = new TreeMap<>();
                references.forEach(codePoint -> referenceGlyphs.put(codePoint, glyphs.get(codePoint)));
                StyleCode fitted = model.fitStyle(referenceGlyphs, noiseSeed, fraction -> { });
                double fittedIou = heldOutIou(model, fitted, glyphs, references, noiseSeed);
                fittedSum += fittedIou;
                line += String.format(Locale.ROOT, "  fitted code %.4f", fittedIou);
            }
            System.out.println(line);
            fonts++;
        }
        System.out.printf(Locale.ROOT, "mean over %d fonts: learned code %.4f%s%n", fonts, learnedSum / fonts,
                fit ? String.format(Locale.ROOT, ", fitted code %.4f", fittedSum / fonts) : "");
    }

    private static double heldOutIou(GanStyleModel model, StyleCode style, Map<Integer, GrayBitmap> glyphs,
                                     List<Integer> references, long noiseSeed) {
        List<Integer> heldOut = new ArrayList<>(glyphs.keySet());
        heldOut.removeAll(references);
        List<GrayBitmap> drawn = model.generate(style, heldOut, noiseSeed);
        double sum = 0;
        for (int i = 0; i < heldOut.size(); i++) {
            sum += GlyphMetrics.inkIoU(drawn.get(i), glyphs.get(heldOut.get(i)));
        }
        return sum / heldOut.size();
    }
}
