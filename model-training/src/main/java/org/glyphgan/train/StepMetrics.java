package org.glyphgan.train;

import java.util.Locale;

/**
 * Losses and discriminator accuracy of one training step.
 *
 * @param step             zero-based step the values were measured at
 * @param generatorLoss    adversarial weight × adversarial loss + L1 weight × L1
 * @param discriminatorLoss non-saturating loss on real plus fake glyphs
 * @param l1               mean absolute pixel error of the generated batch, ink units in [0, 1]
 * @param realAccuracy     fraction of real patches the discriminator scored as real
 * @param fakeAccuracy     fraction of generated patches the discriminator scored as fake
 * @param imagesPerSecond  training throughput of this step
 */
public record StepMetrics(int step, double generatorLoss, double discriminatorLoss, double l1, double realAccuracy,
                          double fakeAccuracy, double imagesPerSecond) {

    static final String CSV_HEADER = "step,generatorLoss,discriminatorLoss,l1,realAccuracy,fakeAccuracy,imagesPerSecond";

    String toCsv() {
        return String.format(Locale.ROOT, "%d,%.6f,%.6f,%.6f,%.4f,%.4f,%.3f", step, generatorLoss, discriminatorLoss,
                l1, realAccuracy, fakeAccuracy, imagesPerSecond);
    }

    static StepMetrics fromCsv(String line) {
        String[] f = line.split(",");
        if (f.length != 7) {
            throw new IllegalArgumentException("Loss history line has " + f.length + " fields, expected 7: " + line);
        }
        return new StepMetrics(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6]));
    }
}
