package org.glyphgan.sfnt;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures vertical metrics from outlines when the caller has none: cap height from 'H',
 * x-height from 'x', ascender from the taller of 'd' and 'l', descender from 'p'. A missing
 * reference glyph falls back to a proportion of the em (logged at WARN).
 */
public final class MetricsMeasurer {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsMeasurer.class);

    private MetricsMeasurer() {
    }

    public static VerticalMetrics measure(List<GlyphBuild> glyphs, int unitsPerEm) {
        int capHeight = top(glyphs, 'H').orElseGet(() -> fallback("cap height", "H", unitsPerEm * 7 / 10));
        int xHeight = top(glyphs, 'x').orElseGet(() -> fallback("x-height", "x", unitsPerEm / 2));
        Optional<Integer> d = top(glyphs, 'd');
        Optional<Integer> l = top(glyphs, 'l');
        int ascender;
        if (d.isPresent() || l.isPresent()) {
            ascender = Math.max(d.orElse(0), l.orElse(0));
        } else {
            ascender = fallback("ascender", "d or l", unitsPerEm * 8 / 10);
        }
        int descender = bottom(glyphs, 'p').orElseGet(() -> fallback("descender", "p", -unitsPerEm / 5));
        int lineGap = Math.max(0, unitsPerEm * 6 / 5 - (ascender - descender));
        return new VerticalMetrics(Math.max(ascender, 1), Math.min(descender, 0), lineGap, capHeight, xHeight);
    }

    private static Optional<Integer> top(List<GlyphBuild> glyphs, int codePoint) {
        return bounds(glyphs, codePoint).map(box -> (int) Math.round(box.getMaxY()));
    }

    private static Optional<Integer> bottom(List<GlyphBuild> glyphs, int codePoint) {
        return bounds(glyphs, codePoint).map(box -> (int) Math.round(box.getMinY()));
    }

    private static Optional<Rectangle2D> bounds(List<GlyphBuild> glyphs, int codePoint) {
        return glyphs.stream()
                .filter(glyph -> glyph.codePoints().contains(codePoint) && !glyph.outline().isEmpty())
                .findFirst()
                .map(glyph -> glyph.outline().toPath().getBounds2D());
    }

    private static int fallback(String metric, String glyph, int value) {
        LOG.warn("No '{}' glyph to measure the {} from; using {} font units", glyph, metric, value);
        return value;
    }
}
