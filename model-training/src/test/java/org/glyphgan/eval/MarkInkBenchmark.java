package org.glyphgan.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glyphgan.dataset.DatasetFile;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.GlyphSample;
import org.glyphgan.gan.GanStyleModel;
import org.glyphgan.gan.StyleCode;
import org.glyphgan.raster.GrayBitmap;

/**
 * Compares the ink of small marks drawn by the generator with the real glyphs of its training fonts,
 * each drawn with the font's own learned code and zero noise, as the façade draws a glyph's first
 * candidate. Per character it prints the ratio of generated to real ink, the mean real ink, how
 * many real glyphs lie below the blank line
 * ({@link GlyphMetrics#isBlank}), and how many generated ones are blank where the real one is not.
 * A manual tool, not part of the test run.
 *
 * <p>Usage: {@code MarkInkBenchmark MODEL.zip TRAIN.ggds [CHARACTERS]}.
 */
public final class MarkInkBenchmark {
    private static final String DEFAULT_CHARACTERS = ".,:;'`-_\"!io";

    private MarkInkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        GanStyleModel model = GanStyleModel.load(Path.of(args[0]));
        GlyphDataset train = DatasetFile.read(Path.of(args[1]));
        String characters = args.length > 2 ? args[2] : DEFAULT_CHARACTERS;
        System.out.printf(Locale.ROOT, "%-4s %6s %12s %14s %20s %22s%n", "char", "fonts", "ink ratio",
                "mean real ink", "real below blank line", "generated blank only");
        characters.codePoints().forEach(codePoint -> printRow(model, train, codePoint));
    }

    private static void printRow(GanStyleModel model, GlyphDataset train, int codePoint) {
        double generatedInk = 0;
        double realInk = 0;
        int fonts = 0;
        int realBlank = 0;
        int generatedBlankOnly = 0;
        for (Map.Entry<String, List<GlyphSample>> font : train.byFont().entrySet()) {
            StyleCode code = model.namedStyles().get(font.getKey());
            GlyphSample real = font.getValue().stream().filter(s -> s.codePoint() == codePoint).findFirst().orElse(null);
            if (code == null || real == null) {
                continue;
            }
            GrayBitmap generated = model.generateWithoutNoise(code, codePoint);
            generatedInk += generated.inkFraction();
            realInk += real.bitmap().inkFraction();
            fonts++;
            realBlank += GlyphMetrics.isBlank(real.bitmap()) ? 1 : 0;
            generatedBlankOnly += GlyphMetrics.isBlank(generated) && !GlyphMetrics.isBlank(real.bitmap()) ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%-4s %6d %12.3f %13.2f%% %20d %22d%n", new String(Character.toChars(codePoint)),
                fonts, generatedInk / realInk, 100 * realInk / Math.max(1, fonts), realBlank, generatedBlankOnly);
    }
}
