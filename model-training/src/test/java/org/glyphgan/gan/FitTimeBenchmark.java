package org.glyphgan.gan;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glyphgan.dataset.DatasetFile;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.GlyphSample;
import org.glyphgan.raster.GrayBitmap;

/**
 * Times the style fit for several reference counts: for each K it fits the first font of a dataset
 * to its first K letters of 'a' to 'z', as {@code retrain} does for K sample glyphs, and prints the
 * wall time. One untimed fit to a single letter warms the JVM up first. A manual tool, not part of
 * the test run.
 *
 * <p>Usage: {@code FitTimeBenchmark MODEL.zip DATASET.ggds K...}, for example
 * {@code glyphgan-model.zip validation-64px.ggds 1 8 26}.
 */
public final class FitTimeBenchmark {
    private FitTimeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        GanStyleModel model = GanStyleModel.load(Path.of(args[0]));
        GlyphDataset dataset = DatasetFile.read(Path.of(args[1]));
        Map.Entry<String, List<GlyphSample>> font = dataset.byFont().entrySet().iterator().next();
        Map<Integer, GrayBitmap> letters = new LinkedHashMap<>();
        for (GlyphSample sample : font.getValue()) {
            if (sample.codePoint() >= 'a' && sample.codePoint() <= 'z') {
                letters.put(sample.codePoint(), sample.bitmap());
            }
        }
        System.out.printf(Locale.ROOT, "font %s, %d fit steps, %d CPUs%n", font.getKey(), model.fitSteps(),
                Runtime.getRuntime().availableProcessors());
        model.fitStyle(first(letters, 1), 1, fraction -> { });
        for (int i = 2; i < args.length; i++) {
            Map<Integer, GrayBitmap> references = first(letters, Integer.parseInt(args[i]));
            long started = System.nanoTime();
            model.fitStyle(references, 1, fraction -> { });
            System.out.printf(Locale.ROOT, "K = %2d: %.1f s%n", references.size(), (System.nanoTime() - started) / 1e9);
        }
    }

    private static Map<Integer, GrayBitmap> first(Map<Integer, GrayBitmap> letters, int k) {
        Map<Integer, GrayBitmap> references = new LinkedHashMap<>();
        for (Map.Entry<Integer, GrayBitmap> letter : letters.entrySet()) {
            if (references.size() == k) {
                break;
            }
            references.put(letter.getKey(), letter.getValue());
        }
        if (references.size() < k) {
            throw new IllegalArgumentException("The font has " + letters.size() + " lowercase letters, fewer than K = " + k);
        }
        return references;
    }
}
