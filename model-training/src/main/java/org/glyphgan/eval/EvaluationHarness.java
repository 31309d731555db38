package org.glyphgan.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.GlyphSample;
import org.glyphgan.raster.GrayBitmap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores generation methods on the held-out fonts of a split. For each font it picks K reference
 * glyphs ({@link ReferencePicker}), gives them to every method, and compares each method's glyphs
 * for the font's other evaluated characters with the real ones.
 */
public final class EvaluationHarness {
    private static final Logger log = LoggerFactory.getLogger(EvaluationHarness.class);

    private final CharacterClassifier classifier;
    private final EvaluationConfig config;

    public EvaluationHarness(CharacterClassifier classifier, EvaluationConfig config) {
        this.classifier = classifier;
        this.config = config;
    }

    /** Evaluates {@code methods} on every font of {@code split} and checks the {@link Targets}. */
    public EvaluationReport evaluate(GlyphDataset split, List<GenerationMethod> methods) {
        if (split.sizePx() != classifier.sizePx()) {
            throw new IllegalArgumentException("The " + split.split() + " dataset has " + split.sizePx()
                    + " px glyphs but the classifier reads " + classifier.sizePx()
                    + " px; train the classifier on a dataset of the same size");
        }
        Map<String, MetricAccumulator> overall = new LinkedHashMap<>();
        Map<String, List<EvaluationReport.FontResult>> perFont = new LinkedHashMap<>();
        for (GenerationMethod method : methods) {
            overall.put(method.name(), new MetricAccumulator());
            perFont.put(method.name(), new ArrayList<>());
        }

        int fontsScored = 0;
        for (Map.Entry<String, List<GlyphSample>> font : split.byFont().entrySet()) {
            Map<Integer, GrayBitmap> glyphs = evaluatedGlyphs(font.getValue());
            if (glyphs.size() <= config.k()) {
                log.warn("Skipping font {}: it has {} of the evaluated characters, too few for {} references",
                        font.getKey(), glyphs.size(), config.k());
                continue;
            }
            evaluateFont(font.getKey(), glyphs, methods, overall, perFont);
            fontsScored++;
        }

        List<EvaluationReport.MethodResult> results = new ArrayList<>();
        for (GenerationMethod method : methods) {
            results.add(new EvaluationReport.MethodResult(method.name(), overall.get(method.name()).summary(),
                    perFont.get(method.name())));
        }
        return new EvaluationReport(split.split(), config.k(), config.seed(), fontsScored, results,
                Targets.check(results));
    }

    private void evaluateFont(String fontId, Map<Integer, GrayBitmap> glyphs, List<GenerationMethod> methods,
                              Map<String, MetricAccumulator> overall,
                              Map<String, List<EvaluationReport.FontResult>> perFont) {
        List<Integer> referenceCodePoints = ReferencePicker.pick(new ArrayList<>(glyphs.keySet()), config.k(),
                config.seed(), fontId);
        Map<Integer, GrayBitmap> references = new TreeMap<>();
        for (int codePoint : referenceCodePoints) {
            references.put(codePoint, glyphs.get(codePoint));
        }
        List<Integer> targets = new ArrayList<>(glyphs.keySet());
        targets.removeAll(new HashSet<>(referenceCodePoints));
        List<GrayBitmap> realGlyphs = new ArrayList<>();
        for (int codePoint : targets) {
            realGlyphs.add(glyphs.get(codePoint));
        }
        boolean[] realCorrect = classifier.correct(realGlyphs, targets);
        String referenceText = toText(referenceCodePoints);
        log.info("Evaluating font {}: references \"{}\", {} characters scored", fontId, referenceText,
                targets.size());

        for (GenerationMethod method : methods) {
            MetricAccumulator fontTotals = new MetricAccumulator();
            GenerationMethod.FontGenerator generator = method.forFont(fontId, references);
            List<GrayBitmap> generated = new ArrayList<>(targets.size());
            Set<Integer> missing = new HashSet<>();
            for (int codePoint : targets) {
                Optional<GrayBitmap> glyph = generator.generate(codePoint);
                if (glyph.isEmpty()) {
                    missing.add(codePoint);
                }
                generated.add(glyph.orElseGet(() -> GrayBitmap.blank(glyphs.get(codePoint).widthPx(),
                        glyphs.get(codePoint).heightPx())));
            }
            if (!missing.isEmpty()) {
                log.warn("Method {} has no glyph for {} characters of font {}; they are scored as blank",
                        method.name(), missing.size(), fontId);
            }
            boolean[] correct = classifier.correct(generated, targets);
            List<Integer> unexpected = new ArrayList<>();
            List<EvaluationReport.UnexpectedGlyph> unexpectedInk = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                GlyphScore score = GlyphScore.compare(generated.get(i), realGlyphs.get(i),
                        missing.contains(targets.get(i)), correct[i], realCorrect[i]);
                fontTotals.add(score);
                overall.get(method.name()).add(score);
                if (score.unexpectedlyBlankOrBroken()) {
                    unexpected.add(targets.get(i));
                    unexpectedInk.add(new EvaluationReport.UnexpectedGlyph(toText(List.of(targets.get(i))),
                            100 * generated.get(i).inkFraction(), 100 * realGlyphs.get(i).inkFraction()));
                }
            }
            perFont.get(method.name()).add(new EvaluationReport.FontResult(fontId, referenceText,
                    fontTotals.summary(), toText(unexpected), unexpectedInk));
        }
    }

    /** Returns the font's glyphs of the evaluated characters, by ascending code point. */
    private Map<Integer, GrayBitmap> evaluatedGlyphs(List<GlyphSample> samples) {
        Set<Integer> evaluated = new HashSet<>(config.codePoints());
        Map<Integer, GrayBitmap> glyphs = new TreeMap<>();
        for (GlyphSample sample : samples) {
            if (evaluated.contains(sample.codePoint())) {
                glyphs.put(sample.codePoint(), sample.bitmap());
            }
        }
        return glyphs;
    }

    private static String toText(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder();
        for (int codePoint : codePoints) {
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }
}
