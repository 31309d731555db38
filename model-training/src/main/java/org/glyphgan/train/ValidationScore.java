package org.glyphgan.train;

import java.util.Locale;

/**
 * Generator quality on held-out fonts after fitting each font's style to a few reference glyphs.
 *
 * @param step   training step the score was measured at
 * @param meanL1 mean absolute pixel error on the characters not used as references, ink in [0, 1]; lower is better
 * @param meanIou mean intersection over union of the ink masks (ink ≥ 0.5) on the same characters
 */
public record ValidationScore(int step, double meanL1, double meanIou) {
    static final String CSV_HEADER = "step,meanL1,meanIou";

    String toCsv() {
        return String.format(Locale.ROOT, "%d,%.6f,%.6f", step, meanL1, meanIou);
    }

    static ValidationScore fromCsv(String line) {
        String[] f = line.split(",");
        if (f.length != 3) {
            throw new IllegalArgumentException("Validation history line has " + f.length + " fields, expected 3: " + line);
        }
        return new ValidationScore(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]));
    }
}
