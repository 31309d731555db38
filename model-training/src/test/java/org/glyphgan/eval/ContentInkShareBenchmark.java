package org.glyphgan.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glyphgan.dataset.DatasetFile;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.GlyphSample;

/**
 * Prints how the ink of real glyphs compares with the ink of the base font's glyph of the same
 * character: the smallest share, low percentiles and how many glyphs lie under a few shares. The
 * façade's erased-glyph limit sits below the smallest share. A manual tool, not part of the test run.
 *
 * <p>Usage: {@code ContentInkShareBenchmark TRAIN.ggds BASE.ggds}.
 */
public final class ContentInkShareBenchmark {
    private static final double[] SHARES = {0.05, 0.10, 0.15, 0.20, 0.25};

    private ContentInkShareBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        GlyphDataset train = DatasetFile.read(Path.of(args[0]));
        GlyphDataset base = DatasetFile.read(Path.of(args[1]));
        Map<Integer, Double> baseInk = new HashMap<>();
        for (GlyphSample sample : base.samples()) {
            baseInk.put(sample.codePoint(), sample.bitmap().inkFraction());
        }
        List<Double> shares = new ArrayList<>();
        for (GlyphSample sample : train.samples()) {
            Double content = baseInk.get(sample.codePoint());
            if (content != null && content > 0) {
                shares.add(sample.bitmap().inkFraction() / content);
            }
        }
        Collections.sort(shares);
        int n = shares.size();
        System.out.printf(Locale.ROOT, "%d glyphs of %d fonts: smallest share %.3f, 0.1th percentile %.3f,"
                        + " 1st %.3f, 5th %.3f, median %.3f%n", n, train.fontIds().size(), shares.get(0),
                shares.get(n / 1000), shares.get(n / 100), shares.get(n / 20), shares.get(n / 2));
        for (double limit : SHARES) {
            long below = shares.stream().filter(share -> share < limit).count();
            System.out.printf(Locale.ROOT, "under %.2f of the base glyph's ink: %d glyphs%n", limit, below);
        }
    }
}
