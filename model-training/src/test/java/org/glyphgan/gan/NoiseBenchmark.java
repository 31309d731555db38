package org.glyphgan.gan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glyphgan.dataset.DatasetFile;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.eval.GlyphMetrics;
import org.glyphgan.raster.GrayBitmap;

/**
 * Measures how the generator's noise input changes the glyphs of fitted styles. For each font of a
 * held-out dataset it picks K references as {@code evaluate} does (seed 1), fits a style code (the
 * fit uses zero noise), and draws the other characters three ways: with the per-font noise that
 * {@code evaluate} uses, with zero noise, and as the mean of several noise draws. It prints the mean
 * ink IoU and the unexpected blank glyphs of each. A manual tool, not part of the test run.
 *
 * <p>Usage: {@code NoiseBenchmark MODEL.zip DATASET.ggds [K] [DRAWS]}.
 */
public final class NoiseBenchmark {
    private static final long SEED = 1;
    private static final String[] WAYS = {"per-font noise", "zero noise", "mean of draws"};

    private NoiseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        GanStyleModel model = GanStyleModel.load(Path.of(args[0]));
        GlyphDataset dataset = DatasetFile.read(Path.of(args[1]));
        int k = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int draws = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        System.out.printf(Locale.ROOT, "model %s, dataset %s, K=%d, %d noise draws%n", args[0], args[1], k, draws);
        double[] iouSums = new double[WAYS.length];
        int[] blanks = new int[WAYS.length];
        int glyphCount = 0;
        for (HeldOutFont font : HeldOutFont.all(model, dataset, k, SEED)) {
            List<Integer> heldOut = font.heldOut();
            long fontSeed = font.fontSeed();
            StyleCode code = model.fitStyle(font.references(), fontSeed, fraction -> { });
            List<List<GrayBitmap>> drawn = List.of(
                    model.generate(code, heldOut, fontSeed),
                    model.generate(code, heldOut, new float[model.architecture().noiseDim()]),
                    meanOfDraws(model, code, heldOut, fontSeed, draws));
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-52s", font.fontId()));
            for (int way = 0; way < WAYS.length; way++) {
                double iou = 0;
                for (int i = 0; i < heldOut.size(); i++) {
                    GrayBitmap real = font.glyphs().get(heldOut.get(i));
                    GrayBitmap glyph = drawn.get(way).get(i);
                    iou += GlyphMetrics.inkIoU(glyph, real);
                    if (GlyphMetrics.isBlankOrBroken(glyph) && !GlyphMetrics.isBlankOrBroken(real)) {
                        blanks[way]++;
                    }
                }
                iouSums[way] += iou;
                line.append(String.format(Locale.ROOT, "  %s %.4f", WAYS[way], iou / heldOut.size()));
            }
            glyphCount += heldOut.size();
            System.out.println(line);
            System.out.flush();
        }
        for (int way = 0; way < WAYS.length; way++) {
            System.out.printf(Locale.ROOT, "%-16s mean ink IoU %.4f, unexpected blank or broken %d of %d glyphs%n",
                    WAYS[way], iouSums[way] / glyphCount, blanks[way], glyphCount);
        }
    }

    /** Returns the pixel-wise mean of {@code draws} drawings, each with the noise of its own seed. */
    private static List<GrayBitmap> meanOfDraws(GanStyleModel model, StyleCode code, List<Integer> codePoints,
                                                long seed, int draws) {
        List<float[]> sums = new ArrayList<>();
        for (int draw = 0; draw < draws; draw++) {
            List<GrayBitmap> glyphs = model.generate(code, codePoints, seed + draw);
            for (int i = 0; i < glyphs.size(); i++) {
                float[] ink = glyphs.get(i).ink();
                if (draw == 0) {
                    sums.add(ink.clone());
                } else {
                    for (int p = 0; p < ink.length; p++) {
                        sums.get(i)[p] += ink[p];
                    }
                }
            }
        }
        List<GrayBitmap> means = new ArrayList<>();
        int size = model.sizePx();
        for (float[] sum : sums) {
            for (int p = 0; p < sum.length; p++) {
                sum[p] /= draws;
            }
            means.add(new GrayBitmap(size, size, sum));
        }
        return means;
    }
}
