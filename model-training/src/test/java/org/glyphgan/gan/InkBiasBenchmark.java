package org.glyphgan.gan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glyphgan.dataset.DatasetFile;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.eval.GlyphMetrics;
import org.glyphgan.raster.GrayBitmap;

/**
 * Measures a per-style ink bias: after the style fit, a constant added to the generator's output
 * logits, chosen from a grid as the one whose references have the highest mean ink IoU. For each
 * font of a held-out dataset it picks K references as {@code evaluate} does (seed 1), fits the
 * code, and scores the other characters drawn without noise, with and without the bias. A manual
 * tool, not part of the test run.
 *
 * <p>Usage: {@code InkBiasBenchmark MODEL.zip DATASET.ggds [K]}.
 */
public final class InkBiasBenchmark {
    private static final long SEED = 1;
    private static final double MAX_BIAS = 2.0;
    private static final double BIAS_STEP = 0.25;

    private InkBiasBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        GanStyleModel model = GanStyleModel.load(Path.of(args[0]));
        GlyphDataset dataset = DatasetFile.read(Path.of(args[1]));
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        System.out.printf(Locale.ROOT, "model %s, dataset %s, K=%d%n", args[0], args[1], k);
        double plainSum = 0;
        double biasedSum = 0;
        int plainBlanks = 0;
        int biasedBlanks = 0;
        int glyphCount = 0;
        for (HeldOutFont font : HeldOutFont.all(model, dataset, k, SEED)) {
            Map<Integer, GrayBitmap> glyphs = font.glyphs();
            List<Integer> heldOut = font.heldOut();
            StyleCode code = model.fitStyle(font.references(), font.fontSeed(), fraction -> { });

            List<Integer> referenceCodePoints = new ArrayList<>(font.references().keySet());
            List<GrayBitmap> drawnReferences = model.generateWithoutNoise(code, referenceCodePoints);
            double bias = 0;
            double bestReferenceIoU = meanIoU(drawnReferences, referenceCodePoints, glyphs, 0);
            for (double b = -MAX_BIAS; b <= MAX_BIAS + 1e-9; b += BIAS_STEP) {
                double iou = meanIoU(drawnReferences, referenceCodePoints, glyphs, b);
                if (iou > bestReferenceIoU + 1e-9) {
                    bestReferenceIoU = iou;
                    bias = b;
                }
            }

            List<GrayBitmap> drawn = model.generateWithoutNoise(code, heldOut);
            double plain = 0;
            double biased = 0;
            for (int i = 0; i < heldOut.size(); i++) {
                GrayBitmap real = glyphs.get(heldOut.get(i));
                GrayBitmap shifted = shifted(drawn.get(i), bias);
                plain += GlyphMetrics.inkIoU(drawn.get(i), real);
                biased += GlyphMetrics.inkIoU(shifted, real);
                boolean realUsable = !GlyphMetrics.isBlankOrBroken(real);
                plainBlanks += realUsable && GlyphMetrics.isBlankOrBroken(drawn.get(i)) ? 1 : 0;
                biasedBlanks += realUsable && GlyphMetrics.isBlankOrBroken(shifted) ? 1 : 0;
            }
            plainSum += plain;
            biasedSum += biased;
            glyphCount += heldOut.size();
            System.out.printf(Locale.ROOT, "  %-52s bias %+.2f  held-out IoU %.4f -> %.4f%n", font.fontId(), bias,
                    plain / heldOut.size(), biased / heldOut.size());
            System.out.flush();
        }
        System.out.printf(Locale.ROOT, "no bias:   mean ink IoU %.4f, unexpected blank or broken %d of %d%n",
                plainSum / glyphCount, plainBlanks, glyphCount);
        System.out.printf(Locale.ROOT, "with bias: mean ink IoU %.4f, unexpected blank or broken %d of %d%n",
                biasedSum / glyphCount, biasedBlanks, glyphCount);
    }

    private static double meanIoU(List<GrayBitmap> drawn, List<Integer> codePoints, Map<Integer, GrayBitmap> glyphs,
                                  double bias) {
        double sum = 0;
        for (int i = 0; i < drawn.size(); i++) {
            sum += GlyphMetrics.inkIoU(shifted(drawn.get(i), bias), glyphs.get(codePoints.get(i)));
        }
        return sum / drawn.size();
    }

    /** Returns {@code glyph} with {@code bias} added to the logit of every pixel's ink. */
    static GrayBitmap shifted(GrayBitmap glyph, double bias) {
        if (bias == 0) {
            return glyph;
        }
        float[] ink = glyph.ink();
        float[] out = new float[ink.length];
        for (int i = 0; i < ink.length; i++) {
            double p = Math.min(1 - 1e-6, Math.max(1e-6, ink[i]));
            double logit = Math.log(p / (1 - p)) + bias;
            out[i] = (float) (1 / (1 + Math.exp(-logit)));
        }
        return new GrayBitmap(glyph.widthPx(), glyph.heightPx(), out);
    }
}
