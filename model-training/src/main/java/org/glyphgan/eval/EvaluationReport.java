package org.glyphgan.eval;

import java.util.List;

/**
 * The result of one evaluation run: a summary and per-font rows for each method, and the targets.
 *
 * @param split   the dataset split evaluated ({@code validation} or {@code test})
 * @param k       reference glyphs per font
 * @param seed    the run's seed
 * @param fonts   fonts scored (fonts with too few characters are skipped and logged)
 * @param methods one entry per method, in the order they were given
 * @param targets pass/fail checks of the model against fixed thresholds and the baselines
 */
public record EvaluationReport(String split, int k, long seed, int fonts, List<MethodResult> methods,
                               List<TargetResult> targets) {
    public EvaluationReport {
        methods = List.copyOf(methods);
        targets = List.copyOf(targets);
    }

    /** Returns whether every target passed. */
    public boolean allTargetsPassed() {
        return targets.stream().allMatch(TargetResult::passed);
    }

    /** Returns the result of the method named {@code name}, or null when it was not evaluated. */
    public MethodResult method(String name) {
        return methods.stream().filter(result -> result.method().equals(name)).findFirst().orElse(null);
    }

    /**
     * One method's scores.
     *
     * @param method  the method's name, see {@link GenerationMethod#name()}
     * @param overall metrics over every scored glyph of the split
     * @param fonts   metrics per font, in dataset order
     */
    public record MethodResult(String method, MetricSummary overall, List<FontResult> fonts) {
        public MethodResult {
            fonts = List.copyOf(fonts);
        }
    }

    /**
     * One method's scores on one font.
     *
     * @param fontId     the font's dataset id
     * @param references the reference characters, as a string
     * @param metrics    metrics over the font's scored characters
     * @param unexpectedBlankOrBroken the characters whose generated glyph is blank or broken although
     *                   the real glyph is neither, as a string
     * @param unexpectedGlyphs the same characters with the ink coverage of both glyphs; empty in
     *                   reports written before it was recorded
     */
    public record FontResult(String fontId, String references, MetricSummary metrics, String unexpectedBlankOrBroken,
                             List<UnexpectedGlyph> unexpectedGlyphs) {
        public FontResult {
            unexpectedGlyphs = unexpectedGlyphs == null ? List.of() : List.copyOf(unexpectedGlyphs);
        }
    }

    /**
     * A generated glyph that is blank or broken although the real one is neither, with the ink
     * coverage of both, which separates a missing mark from one drawn just too small.
     *
     * @param character           the character
     * @param generatedInkPercent mean ink coverage of the generated glyph, in percent of the bitmap
     * @param realInkPercent      mean ink coverage of the real glyph, in percent of the bitmap
     */
    public record UnexpectedGlyph(String character, double generatedInkPercent, double realInkPercent) {
    }
}
