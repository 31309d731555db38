package org.glyphgan.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.DoubleConsumer;
import org.glyphgan.dataset.GlyphDataset;
import org.glyphgan.dataset.GlyphSample;
import org.glyphgan.gan.StyleCode;
import org.glyphgan.gan.StyleModel;
import org.glyphgan.raster.GrayBitmap;

/**
 * A test double of the generator. In oracle mode it recognizes which known font the references
 * come from and returns that font's real glyphs; in blank mode it draws nothing.
 */
final class FakeStyleModel implements StyleModel {
    private final int sizePx;
    private final List<Map<Integer, GrayBitmap>> fonts = new ArrayList<>();
    private final List<String> fontIds = new ArrayList<>();
    private final List<Integer> codePoints;
    private final boolean blank;
    final List<Long> fitSeeds = new ArrayList<>();

    private FakeStyleModel(GlyphDataset known, List<Integer> codePoints, boolean blank) {
        this.sizePx = known.sizePx();
        for (Map.Entry<String, List<GlyphSample>> font : known.byFont().entrySet()) {
            Map<Integer, GrayBitmap> glyphs = new LinkedHashMap<>();
            for (GlyphSample sample : font.getValue()) {
                glyphs.put(sample.codePoint(), sample.bitmap());
            }
            fontIds.add(font.getKey());
            fonts.add(glyphs);
        }
        this.codePoints = List.copyOf(new TreeSet<>(codePoints));
        this.blank = blank;
    }

    /** Returns a model that reproduces the real glyphs of every font in {@code known}. */
    static FakeStyleModel oracle(GlyphDataset known) {
        List<Integer> all = new ArrayList<>();
        known.samples().forEach(sample -> all.add(sample.codePoint()));
        return new FakeStyleModel(known, all, false);
    }

    /** Returns an oracle that can draw only {@code codePoints}. */
    static FakeStyleModel oracle(GlyphDataset known, List<Integer> codePoints) {
        return new FakeStyleModel(known, codePoints, false);
    }

    /** Returns a model that draws empty bitmaps. */
    static FakeStyleModel blank(GlyphDataset known) {
        List<Integer> all = new ArrayList<>();
        known.samples().forEach(sample -> all.add(sample.codePoint()));
        return new FakeStyleModel(known, all, true);
    }

    @Override
    public int sizePx() {
        return sizePx;
    }

    @Override
    public List<Integer> codePoints() {
        return codePoints;
    }

    @Override
    public Map<String, StyleCode> namedStyles() {
        Map<String, StyleCode> styles = new LinkedHashMap<>();
        for (int i = 0; i < fontIds.size(); i++) {
            styles.put(fontIds.get(i), new StyleCode(new float[] {i}));
        }
        return styles;
    }

    @Override
    public StyleCode randomStyle(long seed) {
        return new StyleCode(new float[] {(float) Math.floorMod(seed, fonts.size())});
    }

    /** Picks the known font closest to the references in L1; its index is the style code. */
    @Override
    public StyleCode fitStyle(Map<Integer, GrayBitmap> references, long seed, DoubleConsumer progress) {
        fitSeeds.add(seed);
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < fonts.size(); i++) {
            double distance = 0;
            for (Map.Entry<Integer, GrayBitmap> reference : references.entrySet()) {
                distance += GlyphMetrics.l1(fonts.get(i).get(reference.getKey()), reference.getValue());
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        progress.accept(1.0);
        return new StyleCode(new float[] {best});
    }

    @Override
    public GrayBitmap generate(StyleCode style, int codePoint, long noiseSeed) {
        if (blank) {
            return GrayBitmap.blank(sizePx, sizePx);
        }
        return fonts.get((int) style.vector()[0]).get(codePoint).copy();
    }

    @Override
    public GrayBitmap generateWithoutNoise(StyleCode style, int codePoint) {
        return generate(style, codePoint, 0);
    }

    @Override
    public double realism(StyleCode style, int codePoint, GrayBitmap glyph) {
        return 1.0 - GlyphMetrics.l1(generate(style, codePoint, 0), glyph);
    }
}
