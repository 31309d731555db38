package org.glyphgan.eval;

import java.util.List;

/**
 * Settings of one evaluation run.
 *
 * @param k          reference glyphs per held-out font, given to each method; the rest are scored
 * @param seed       seed of the reference choice, style fitting and generator noise
 * @param codePoints characters evaluated (normally all of {@link BasicLatin}), and a font's
 *                   characters outside this list are ignored
 */
public record EvaluationConfig(int k, long seed, List<Integer> codePoints) {
    public static final int DEFAULT_K = 8;

    public EvaluationConfig {
        if (k <= 0) {
            throw new IllegalArgumentException("k (reference glyphs per font) must be positive, got " + k);
        }
        for (int codePoint : codePoints) {
            BasicLatin.indexOf(codePoint);
        }
        codePoints = List.copyOf(codePoints);
    }

    public static EvaluationConfig basicLatin(int k, long seed) {
        return new EvaluationConfig(k, seed, BasicLatin.codePoints());
    }
}
