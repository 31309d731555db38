package org.glyphgan.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory set of rendered glyphs of one corpus split, as read from a dataset file.
 *
 * @param split      {@code train}, {@code validation}, {@code test} or {@code base}
 * @param sizePx     bitmap width and height in pixels
 * @param corpusHash SHA-256 over the manifest entries and render settings the file was built from
 * @param samples    the glyphs, ordered by font (manifest order), then by code point
 */
public record GlyphDataset(String split, int sizePx, String corpusHash, List<GlyphSample> samples) {

    public GlyphDataset {
        samples = List.copyOf(samples);
    }

    /** Font ids in first-seen order. */
    public List<String> fontIds() {
        return List.copyOf(byFont().keySet());
    }

    /** Samples grouped by font id, in first-seen order. */
    public Map<String, List<GlyphSample>> byFont() {
        Map<String, List<GlyphSample>> grouped = new LinkedHashMap<>();
        for (GlyphSample sample : samples) {
            grouped.computeIfAbsent(sample.fontId(), id -> new ArrayList<>()).add(sample);
        }
        return grouped;
    }
}
