package org.glyphgan.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.GlyphSample;
import org.glyphgan.raster.GrayBitmap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Baseline that retrieves instead of generating: the training font whose glyphs of the reference
 * characters are closest to the references in mean L1 lends its glyph for every other character.
 * When that font lacks a character, the next closest font that has it is used.
 */
public final class NearestTrainingFontMethod implements GenerationMethod {
    public static final String NAME = "nearest-train";
    private static final Logger log = LoggerFactory.getLogger(NearestTrainingFontMethod.class);

    /** Glyphs by code point, per training font id, in dataset order. */
    private final Map<String, Map<Integer, GrayBitmap>> trainingFonts = new LinkedHashMap<>();

    public NearestTrainingFontMethod(GlyphDataset train) {
        for (Map.Entry<String, List<GlyphSample>> font : train.byFont().entrySet()) {
            Map<Integer, GrayBitmap> glyphs = new HashMap<>();
            for (GlyphSample sample : font.getValue()) {
                glyphs.put(sample.codePoint(), sample.bitmap());
            }
            trainingFonts.put(font.getKey(), glyphs);
        }
        if (trainingFonts.isEmpty()) {
            throw new IllegalArgumentException("The training dataset (split '" + train.split()
                    + "') has no glyphs; the nearest-train baseline needs at least one training font");
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FontGenerator forFont(String fontId, Map<Integer, GrayBitmap> references) {
        List<String> ranking = rankByDistance(references);
        log.debug("Nearest training font to {}: {}", fontId, ranking.isEmpty() ? "none" : ranking.get(0));
        return codePoint -> {
            for (String trainingFont : ranking) {
                GrayBitmap glyph = trainingFonts.get(trainingFont).get(codePoint);
                if (glyph != null) {
                    return Optional.of(glyph);
                }
            }
            return Optional.empty();
        };
    }

    /**
     * Returns the training fonts ordered by mean L1 over the reference characters they have,
     * closest first. Fonts with none of the reference characters are left out, and ties keep
     * dataset order.
     */
    List<String> rankByDistance(Map<Integer, GrayBitmap> references) {
        Map<String, Double> distances = new LinkedHashMap<>();
        for (Map.Entry<String, Map<Integer, GrayBitmap>> font : trainingFonts.entrySet()) {
            double sum = 0;
            int compared = 0;
            for (Map.Entry<Integer, GrayBitmap> reference : references.entrySet()) {
                GrayBitmap candidate = font.getValue().get(reference.getKey());
                if (candidate != null) {
                    sum += GlyphMetrics.l1(candidate, reference.getValue());
                    compared++;
                }
            }
            if (compared > 0) {
                distances.put(font.getKey(), sum / compared);
            }
        }
        List<String> ranking = new ArrayList<>(distances.keySet());
        ranking.sort(Comparator.comparingDouble(distances::get));
        return ranking;
    }
}
