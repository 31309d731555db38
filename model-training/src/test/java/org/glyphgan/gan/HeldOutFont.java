package org.glyphgan.gan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.GlyphSample;
import org.glyphgan.eval.ReferencePicker;
import org.glyphgan.raster.GrayBitmap;

/**
 * One font of a held-out dataset split as {@code evaluate} splits it: K references picked by seed,
 * and the other characters the model draws, for the benchmarks in this package.
 *
 * @param glyphs     the font's glyphs that the model can draw, by code point
 * @param references the K reference glyphs, by code point, ascending
 * @param heldOut    the other code points of {@code glyphs}, ascending
 * @param fontSeed   the per-font seed that {@code evaluate} passes to the style fit
 */
record HeldOutFont(String fontId, Map<Integer, GrayBitmap> glyphs, Map<Integer, GrayBitmap> references,
                   List<Integer> heldOut, long fontSeed) {

    /** Splits every font of {@code dataset} with {@code k} references picked by {@code seed}. */
    static List<HeldOutFont> all(GanStyleModel model, GlyphDataset dataset, int k, long seed) {
        List<HeldOutFont> fonts = new ArrayList<>();
        for (Map.Entry<String, List<GlyphSample>> font : dataset.byFont().entrySet()) {
            fonts.add(of(model, font.getKey(), font.getValue(), k, seed));
        }
        return fonts;
    }

    static HeldOutFont of(GanStyleModel model, String fontId, List<GlyphSample> samples, int k, long seed) {
        Map<Integer, GrayBitmap> glyphs = new TreeMap<>();
        samples.forEach(sample -> glyphs.put(sample.codePoint(), sample.bitmap()));
        glyphs.keySet().retainAll(model.codePoints());
        Map<Integer, GrayBitmap> references = new TreeMap<>();
        for (int codePoint : ReferencePicker.pick(new ArrayList<>(glyphs.keySet()), k, seed, fontId)) {
            references.put(codePoint, glyphs.get(codePoint));
        }
        List<Integer> heldOut = glyphs.keySet().stream().filter(cp -> !references.containsKey(cp)).toList();
        return new HeldOutFont(fontId, glyphs, references, heldOut, ReferencePicker.fontSeed(seed, fontId));
    }
}
