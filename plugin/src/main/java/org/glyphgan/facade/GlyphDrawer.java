package org.glyphgan.facade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.glyphgan.gan.GanStyleModel;
import org.glyphgan.gan.StyleCode;
import org.glyphgan.gan.StyleModel;
import org.glyphgan.eval.GlyphMetrics;
import org.glyphgan.outline.Cu2Qu;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.raster.EmBox;
import org.glyphgan.raster.GrayBitmap;
import org.glyphgan.trace.BitmapTracer;
import org.glyphgan.trace.FontSpaceMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws characters in a style: candidate bitmaps from the model, the best-scoring usable one
 * traced into a quadratic outline. Stateless apart from its collaborators, which are thread-safe.
 *
 * <p>The first candidate of a character is drawn with zero noise, the input at which style fits
 * match their references; candidate k ≥ 1 with the noise of seed {@code seed + k}. A redrawn
 * character gets the noise of its seed. A candidate is
 * usable when it has ink (a pixel of at least 0.5) but less than {@link #MAX_INK_FRACTION}, is
 * not erased ({@link #erasedProblem}), and its traced outline is not empty. A faint candidate, whose darkest pixel lies between
 * {@link #FAINT_MIN_PEAK} and 0.5, has its ink divided by that peak first: the generator draws
 * thin strokes (underscore, quotes, tilde) as faint lines that the 0.5 threshold would erase. Among usable candidates the one with the highest score wins:
 * realism × classifier confidence, or realism alone where the classifier returns NaN; ties keep
 * the earlier candidate.
 */
final class GlyphDrawer {
    private static final Logger LOG = LoggerFactory.getLogger(GlyphDrawer.class);
    /**
     * Characters per model call. Each call has a fixed overhead of a few hundred milliseconds on a
     * 2-core CPU (measured with a tiny model), so a whole Latin set goes in one call. Cancellation
     * is checked between calls and before each glyph is traced.
     */
    static final int BATCH_SIZE = 256;
    /** Mean ink above which a bitmap is rejected as a flooded box rather than a glyph. */
    static final double MAX_INK_FRACTION = 0.6;
    /** Largest distance between a traced cubic and its quadratic replacement, in font units. */
    static final double QUADRATIC_MAX_ERROR_UNITS = 1.0;
    private static final float INK_THRESHOLD = 0.5f;
    /** Darkest-pixel ink below which a candidate counts as blank rather than faint. */
    static final float FAINT_MIN_PEAK = 0.15f;
    /**
     * Share of the base font glyph's ink below which a candidate counts as erased. None of the
     * 24,158 glyphs of the 257 training fonts has less than 7.7 % of its base glyph's ink at 64 px
     * ({@code ContentInkShareBenchmark}), so a candidate under 5 % lost the character, even when a
     * speck of it is dark enough to trace.
     */
    static final double ERASED_MAX_SHARE_OF_CONTENT_INK = 0.05;

    private final StyleModel model;
    private final CharacterScorer scorer;
    private final BitmapTracer tracer;
    private final FontSpaceMapping mapping;

    /**
     * @param unitsPerEm font units per em of the traced outlines
     */
    GlyphDrawer(StyleModel model, CharacterScorer scorer, BitmapTracer tracer, EmBox emBox, int unitsPerEm) {
        this.model = model;
        this.scorer = scorer;
        this.tracer = tracer;
        // Any origin works because spacing moves each outline to its side bearing; the centre
        // column keeps the traced coordinates small.
        this.mapping = FontSpaceMapping.centred(emBox, unitsPerEm, 0);
    }

    private GlyphDrawer(StyleModel model, GlyphDrawer other) {
        this.model = model;
        this.scorer = other.scorer;
        this.tracer = other.tracer;
        this.mapping = other.mapping;
    }

    /** Returns a drawer like this one that draws with {@code other}, e.g. a model with a tuned decoder. */
    GlyphDrawer withModel(StyleModel other) {
        return other == model ? this : new GlyphDrawer(other, this);
    }

    /** Drawn glyphs in request order, and the characters that failed with their reasons. */
    record Outcome(List<DrawnGlyph> drawn, Map<Integer, String> failures) {
    }

    /** One character's candidate bitmaps with their realism and classifier confidence. */
    private record Scored(GrayBitmap bitmap, double realism, double confidence) {
        double score() {
            return Double.isNaN(confidence) ? realism : realism * confidence;
        }
    }

    /** Draws each character as {@code candidates} candidates: the first without noise, then noise seeds {@code seed + k}. */
    Outcome draw(StyleCode style, List<Integer> codePoints, int candidates, long seed, ProgressListener progress,
                 Cancellation cancel) {
        List<OptionalLong> noiseSeeds = new ArrayList<>(candidates);
        noiseSeeds.add(OptionalLong.empty());
        for (int k = 1; k < candidates; k++) {
            noiseSeeds.add(OptionalLong.of(seed + k));
        }
        // Another seed changes candidates 2 and later only, so a single candidate needs more of them.
        String advice = candidates == 1 ? "generate with more candidates or another style"
                : "generate with another seed or another style";
        return draw(style, codePoints, noiseSeeds, advice, progress, cancel);
    }

    /** Draws one character again as a single candidate with the noise of {@code noiseSeed}. */
    Outcome redraw(StyleCode style, int codePoint, long noiseSeed) {
        return draw(style, List.of(codePoint), List.of(OptionalLong.of(noiseSeed)), "redraw with another seed",
                ProgressListener.NONE, Cancellation.none());
    }

    /** Draws with one candidate per entry of {@code noiseSeeds}; {@code advice} ends each failure's reason. */
    private Outcome draw(StyleCode style, List<Integer> codePoints, List<OptionalLong> noiseSeeds, String advice,
                         ProgressListener progress, Cancellation cancel) {
        int candidates = noiseSeeds.size();
        List<DrawnGlyph> drawn = new ArrayList<>();
        Map<Integer, String> failures = new LinkedHashMap<>();
        int done = 0;
        for (int start = 0; start < codePoints.size(); start += BATCH_SIZE) {
            List<Integer> batch = codePoints.subList(start, Math.min(codePoints.size(), start + BATCH_SIZE));
            List<List<Scored>> byCandidate = new ArrayList<>(candidates);
            for (OptionalLong noiseSeed : noiseSeeds) {
                cancel.throwIfCancelled();
                byCandidate.add(scored(style, batch, noiseSeed));
            }
            for (int i = 0; i < batch.size(); i++) {
                cancel.throwIfCancelled();
                List<Scored> options = new ArrayList<>(candidates);
                for (List<Scored> candidate : byCandidate) {
                    options.add(candidate.get(i));
                }
                int codePoint = batch.get(i);
                choose(codePoint, options, advice, drawn, failures);
                progress.progress("generate", ++done / (double) codePoints.size());
            }
        }
        return new Outcome(drawn, failures);
    }

    /** Draws and scores one candidate of every character in {@code batch}, each kind of model call once. */
    private List<Scored> scored(StyleCode style, List<Integer> batch, OptionalLong noiseSeed) {
        List<GrayBitmap> bitmaps = bitmaps(style, batch, noiseSeed);
        double[] realism = realism(style, batch, bitmaps);
        double[] confidence = scorer.confidences(bitmaps, batch);
        List<Scored> scored = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            scored.add(new Scored(bitmaps.get(i), realism[i], confidence[i]));
        }
        return scored;
    }

    /**
     * Traces the candidates from the best score down and keeps the first usable one, so losing
     * candidates are traced only when a better one was unusable.
     */
    private void choose(int codePoint, List<Scored> options, String advice, List<DrawnGlyph> drawn,
                        Map<Integer, String> failures) {
        List<Scored> byScore = new ArrayList<>(options);
        // A stable sort, so among equal scores the earlier candidate wins.
        byScore.sort((a, b) -> Double.compare(b.score(), a.score()));
        String problem = null;
        for (Scored option : byScore) {
            GrayBitmap bitmap = stretchFaint(codePoint, option.bitmap());
            problem = inkProblem(bitmap);
            if (problem == null) {
                problem = erasedProblem(option.bitmap(), bitmap, model.contentGlyph(codePoint));
            }
            GlyphOutline outline = problem == null ? trace(bitmap) : GlyphOutline.EMPTY;
            if (problem == null && outline.isEmpty()) {
                problem = "its traced outline is empty (only specks of ink)";
            }
            if (problem == null) {
                drawn.add(new DrawnGlyph(codePoint, bitmap, outline, option.realism(), option.confidence()));
                return;
            }
        }
        failures.put(codePoint, failure(problem, options.size(), advice));
        LOG.debug("U+{} failed: {}", hex(codePoint), problem);
    }

    /** Draws {@code codePoints} with the noise of {@code noiseSeed}, or with zero noise when it is empty. */
    private List<GrayBitmap> bitmaps(StyleCode style, List<Integer> codePoints, OptionalLong noiseSeed) {
        if (model instanceof GanStyleModel gan) {
            return noiseSeed.isPresent() ? gan.generate(style, codePoints, noiseSeed.getAsLong())
                    : gan.generateWithoutNoise(style, codePoints);
        }
        List<GrayBitmap> bitmaps = new ArrayList<>(codePoints.size());
        for (int codePoint : codePoints) {
            bitmaps.add(noiseSeed.isPresent() ? model.generate(style, codePoint, noiseSeed.getAsLong())
                    : model.generateWithoutNoise(style, codePoint));
        }
        return bitmaps;
    }

    private double[] realism(StyleCode style, List<Integer> codePoints, List<GrayBitmap> bitmaps) {
        if (model instanceof GanStyleModel gan) {
            return gan.realism(style, codePoints, bitmaps);
        }
        double[] scores = new double[codePoints.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = model.realism(style, codePoints.get(i), bitmaps.get(i));
        }
        return scores;
    }

    private static String failure(String problem, int candidates, String advice) {
        String subject = candidates == 1 ? "the generated bitmap is" : "all " + candidates + " candidates are";
        return subject + " unusable: " + problem + "; " + advice;
    }

    /** Divides a faint bitmap's ink by its darkest pixel so that its strokes reach full ink. */
    static GrayBitmap stretchFaint(int codePoint, GrayBitmap bitmap) {
        float peak = 0f;
        for (float value : bitmap.ink()) {
            peak = Math.max(peak, value);
        }
        if (peak >= INK_THRESHOLD || peak < FAINT_MIN_PEAK) {
            return bitmap;
        }
        float[] stretched = new float[bitmap.ink().length];
        for (int i = 0; i < stretched.length; i++) {
            stretched[i] = Math.min(1f, bitmap.ink()[i] / peak);
        }
        LOG.info("U+{} came out faint (darkest pixel {} ink); its contrast was stretched before tracing",
                hex(codePoint), String.format(Locale.ROOT, "%.2f", peak));
        return new GrayBitmap(bitmap.widthPx(), bitmap.heightPx(), stretched);
    }

    /**
     * Describes an erased candidate, or returns null for any other candidate or when the model has
     * no base glyph. A candidate is erased when the generator drew under
     * {@link #ERASED_MAX_SHARE_OF_CONTENT_INK} of the base font glyph's ink and, after contrast
     * stretching, it is still blank by the evaluation's rule. The first test reads the generator's
     * own bitmap, because stretching multiplies a speck's ink without drawing more of the glyph. The
     * second keeps faint but whole strokes, which stretching restores.
     *
     * @param drawn     the generator's bitmap
     * @param stretched the bitmap after {@link #stretchFaint}, which is traced
     */
    static String erasedProblem(GrayBitmap drawn, GrayBitmap stretched, Optional<GrayBitmap> content) {
        if (content.isEmpty()) {
            return null;
        }
        double contentInk = content.get().inkFraction();
        if (contentInk == 0) {
            return null;
        }
        double share = drawn.inkFraction() / contentInk;
        if (share >= ERASED_MAX_SHARE_OF_CONTENT_INK || !GlyphMetrics.isBlank(stretched)) {
            return null;
        }
        return String.format(Locale.ROOT, "its ink is %.1f %% of the base font glyph's and %.2f %% of the bitmap"
                        + " after contrast stretching, under the %.0f %% that every training glyph has (an erased glyph)",
                share * 100, stretched.inkFraction() * 100, ERASED_MAX_SHARE_OF_CONTENT_INK * 100);
    }

    private static String inkProblem(GrayBitmap bitmap) {
        boolean anyInk = false;
        for (float value : bitmap.ink()) {
            if (value >= INK_THRESHOLD) {
                anyInk = true;
                break;
            }
        }
        if (!anyInk) {
            return "its darkest pixel has less than " + FAINT_MIN_PEAK + " ink (a blank glyph)";
        }
        double fraction = bitmap.inkFraction();
        if (fraction > MAX_INK_FRACTION) {
            return String.format(Locale.ROOT, "ink covers %.0f %% of the em box, more than the limit of %.0f %%",
                    fraction * 100, MAX_INK_FRACTION * 100);
        }
        return null;
    }

    private GlyphOutline trace(GrayBitmap bitmap) {
        return Cu2Qu.toQuadratic(tracer.trace(bitmap, mapping), QUADRATIC_MAX_ERROR_UNITS);
    }

    static String hex(int codePoint) {
        return String.format(Locale.ROOT, "%04X", codePoint);
    }
}
