package org.glyphgan.gan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glyphgan.dataset.DatasetFile;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.raster.GrayBitmap;

/**
 * Measures whether tuning part of the decoder after the style fit helps on the characters that the
 * references do not show. For each font of a held-out dataset it fits the style as {@code evaluate}
 * does (K references picked by the same seed). Then it tunes a set of decoder arrays on the
 * references with each setting and draws the other characters without noise. It prints the mean
 * ink IoU and the unexpected blank or broken glyphs per setting. A manual tool, not part of the test run.
 *
 * <p>Usage: {@code AdaptBenchmark MODEL.zip DATASET.ggds K ARRAYS:RATE:STEPS...}, where ARRAYS is
 * {@code all} (every decoder array), {@code biases} (the decoder's biases) or {@code out} (the
 * output layer's weights and bias), for example
 * {@code glyphgan-model.zip validation-64px.ggds 8 biases:1e-3:50 all:1e-4:50}.
 */
public final class AdaptBenchmark {
    private static final long SEED = 1;

    private AdaptBenchmark() {
    }

    /** One tuning setting: which decoder arrays, Adam step size and steps. */
    private record Setting(String arrays, double learningRate, int steps) {
        static Setting parse(String text) {
            String[] parts = text.split(":");
            return new Setting(parts[0], Double.parseDouble(parts[1]), Integer.parseInt(parts[2]));
        }

        List<String> names() {
            List<String> decoder = GeneratorLayers.decoderArrayNames();
            return switch (arrays) {
                case "all" -> decoder;
                case "biases" -> decoder.stream().filter(name -> name.endsWith("_b")).toList();
                case "out" -> decoder.stream().filter(name -> name.startsWith("g_out_")).toList();
                default -> throw new IllegalArgumentException("Invalid arrays '" + arrays + "': use all, biases or out");
            };
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s, rate %s, %d steps", arrays, learningRate, steps);
        }
    }

    public static void main(String[] args) throws Exception {
        GanStyleModel model = GanStyleModel.load(Path.of(args[0]));
        GlyphDataset dataset = DatasetFile.read(Path.of(args[1]));
        int k = Integer.parseInt(args[2]);
        List<Setting> settings = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            settings.add(Setting.parse(args[i]));
        }
        System.out.printf(Locale.ROOT, "model %s, dataset %s, K=%d, settings %s (first column: code only)%n", args[0],
                args[1], k, settings);
        HeldOutTally tally = new HeldOutTally(settings.size() + 1);
        for (HeldOutFont font : HeldOutFont.all(model, dataset, k, SEED)) {
            StyleCode code = model.fitStyle(font.references(), font.fontSeed(), fraction -> { });
            List<List<GrayBitmap>> drawings = new ArrayList<>();
            drawings.add(model.generateWithoutNoise(code, font.heldOut()));
            for (Setting setting : settings) {
                DecoderFineTuner tuner = new DecoderFineTuner(model.parameters(), code,
                        model.fitReferences(font.references()), setting.names(), setting.learningRate(),
                        GanStyleModel.FIT_BATCH_SIZE, font.fontSeed());
                tuner.run(setting.steps(), fraction -> { });
                drawings.add(model.withGeneratorArrays(tuner.tunedArrays()).generateWithoutNoise(code, font.heldOut()));
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-52s", font.fontId()));
            for (int column = 0; column < drawings.size(); column++) {
                line.append(String.format(Locale.ROOT, "  %.4f", tally.add(column, font, drawings.get(column))));
            }
            tally.fontDone(font);
            System.out.println(line);
            System.out.flush();
        }
        List<Object> labels = new ArrayList<>();
        labels.add("code only");
        labels.addAll(settings);
        tally.print(labels);
    }
}
