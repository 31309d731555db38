package org.glyphgan.facade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glyphgan.gan.GanStyleModel;
import org.glyphgan.gan.StyleCode;
import org.glyphgan.gan.StyleModel;
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
 * <p>Candidate k of a character is drawn with noise seed {@code seed + k}. A candidate is
 * usable when it has ink (a pixel of at least 0.5) but less than {@link #MAX_INK_FRACTION}, and
 * its traced outline is not empty. Among usable candidates the one with the highest score wins:
 * realism × classifier confidence, or realism alone when the classifier returns NaN; ties keep
 * the earlier candidate.
 */
final class GlyphDrawer {
    private static final Logger LOG = LoggerFactory.getLogger(GlyphDrawer.class);
    /** Characters per model call; cancellation is checked between calls. */
    static final int BATCH_SIZE = 32;
    /** Mean ink above which a bitmap is rejected as a flooded box rather than a glyph. */
    static final double MAX_INK_FRACTION = 0.6;
    /** Largest distance between a traced cubic and its quadratic replacement, in font units. */
    static final double QUADRATIC_MAX_ERROR_UNITS = 1.0;
    private static final float INK_THRESHOLD = 0.5f;

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

    /** Drawn glyphs in request order, and the characters that failed with their reasons. */
    record Outcome(List<DrawnGlyph> drawn, Map<Integer, String> failures) {
    }

    Outcome draw(StyleCode style, List<Integer> codePoints, int candidates, long seed, ProgressListener progress,
                 Cancellation cancel) {
        List<DrawnGlyph> drawn = new ArrayList<>();
        Map<Integer, String> failures = new LinkedHashMap<>();
        int done = 0;
        for (int start = 0; start < codePoints.size(); start += BATCH_SIZE) {
            List<Integer> batch = codePoints.subList(start, Math.min(codePoints.size(), start + BATCH_SIZE));
            List<List<GrayBitmap>> byCandidate = new ArrayList<>(candidates);
            for (int k = 0; k < candidates; k++) {
                cancel.throwIfCancelled();
                byCandidate.add(bitmaps(style, batch, seed + k));
            }
            for (int i = 0; i < batch.size(); i++) {
                cancel.throwIfCancelled();
                List<GrayBitmap> options = new ArrayList<>(candidates);
                for (List<GrayBitmap> candidate : byCandidate) {
                    options.add(candidate.get(i));
                }
                int codePoint = batch.get(i);
                Choice choice = choose(style, codePoint, options);
                if (choice.glyph() != null) {
                    drawn.add(choice.glyph());
                } else {
                    failures.put(codePoint, choice.failure());
                    LOG.debug("U+{} failed: {}", hex(codePoint), choice.failure());
                }
                progress.progress("generate", ++done / (double) codePoints.size());
            }
        }
        return new Outcome(drawn, failures);
    }

    private List<GrayBitmap> bitmaps(StyleCode style, List<Integer> codePoints, long noiseSeed) {
        if (model instanceof GanStyleModel gan) {
            return gan.generate(style, codePoints, noiseSeed);
        }
        List<GrayBitmap> bitmaps = new ArrayList<>(codePoints.size());
        for (int codePoint : codePoints) {
            bitmaps.add(model.generate(style, codePoint, noiseSeed));
        }
        return bitmaps;
    }

    /** The winning candidate, or the reason none was usable. */
    private record Choice(DrawnGlyph glyph, String failure) {
    }

    private Choice choose(StyleCode style, int codePoint, List<GrayBitmap> options) {
        DrawnGlyph best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        String lastProblem = null;
        for (GrayBitmap bitmap : options) {
            String problem = inkProblem(bitmap);
            GlyphOutline outline = problem == null ? trace(bitmap) : GlyphOutline.EMPTY;
            if (problem == null && outline.isEmpty()) {
                problem = "its traced outline is empty (only specks of ink)";
            }
            if (problem != null) {
                lastProblem = problem;
                continue;
            }
            double realism = model.realism(style, codePoint, bitmap);
            double confidence = scorer.confidence(bitmap, codePoint);
            double score = Double.isNaN(confidence) ? realism : realism * confidence;
            if (score > bestScore) {
                bestScore = score;
                best = new DrawnGlyph(codePoint, bitmap, outline, realism, confidence);
            }
        }
        if (best != null) {
            return new Choice(best, null);
        }
        String count = options.size() == 1 ? "the generated bitmap" : "all " + options.size() + " candidates";
        return new Choice(null, count + " unusable: " + lastProblem + "; try another seed or more candidates");
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
            return "no pixel reaches the ink threshold " + INK_THRESHOLD + " (a blank glyph)";
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
