package org.glyphgan.facade;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.glyphgan.gan.StyleCode;
import org.glyphgan.gan.StyleModel;
import org.glyphgan.raster.GrayBitmap;

/**
 * A {@link StyleModel} that draws like another one except for chosen characters, which come out
 * blank, flooded with ink, or erased to a two-pixel speck of full ink. It is not a
 * {@code GanStyleModel}, so the façade takes its one-glyph-at-a-time path.
 */
final class ScriptedModel implements StyleModel {
    private final StyleModel delegate;
    private final Set<Integer> blank;
    private final Set<Integer> flooded;
    private final Set<Integer> erased;

    ScriptedModel(StyleModel delegate, Set<Integer> blank, Set<Integer> flooded) {
        this(delegate, blank, flooded, Set.of());
    }

    ScriptedModel(StyleModel delegate, Set<Integer> blank, Set<Integer> flooded, Set<Integer> erased) {
        this.delegate = delegate;
        this.blank = Set.copyOf(blank);
        this.flooded = Set.copyOf(flooded);
        this.erased = Set.copyOf(erased);
    }

    @Override
    public int sizePx() {
        return delegate.sizePx();
    }

    @Override
    public List<Integer> codePoints() {
        return delegate.codePoints();
    }

    @Override
    public Map<String, StyleCode> namedStyles() {
        return delegate.namedStyles();
    }

    @Override
    public StyleCode randomStyle(long seed) {
        return delegate.randomStyle(seed);
    }

    @Override
    public StyleCode fitStyle(Map<Integer, GrayBitmap> references, long seed, DoubleConsumer progress) {
        return delegate.fitStyle(references, seed, progress);
    }

    @Override
    public GrayBitmap generate(StyleCode style, int codePoint, long noiseSeed) {
        if (blank.contains(codePoint)) {
            return GrayBitmap.blank(sizePx(), sizePx());
        }
        if (flooded.contains(codePoint)) {
            float[] ink = new float[sizePx() * sizePx()];
            Arrays.fill(ink, 0.9f);
            return new GrayBitmap(sizePx(), sizePx(), ink);
        }
        if (erased.contains(codePoint)) {
            GrayBitmap speck = GrayBitmap.blank(sizePx(), sizePx());
            speck.set(sizePx() / 2, sizePx() / 2, 1f);
            speck.set(sizePx() / 2 + 1, sizePx() / 2, 1f);
            return speck;
        }
        return delegate.generate(style, codePoint, noiseSeed);
    }

    @Override
    public GrayBitmap generateWithoutNoise(StyleCode style, int codePoint) {
        GrayBitmap scripted = generate(style, codePoint, 0);
        boolean isScripted = blank.contains(codePoint) || flooded.contains(codePoint) || erased.contains(codePoint);
        return isScripted ? scripted : delegate.generateWithoutNoise(style, codePoint);
    }

    @Override
    public double realism(StyleCode style, int codePoint, GrayBitmap glyph) {
        return delegate.realism(style, codePoint, glyph);
    }

    @Override
    public Optional<GrayBitmap> contentGlyph(int codePoint) {
        return delegate.contentGlyph(codePoint);
    }
}
