package org.glyphgan.sfnt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.glyphgan.outline.GlyphOutline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link FontBuild} checked and laid out for the table writers: the final glyph order
 * ({@code .notdef} first), each glyph compiled to TrueType points, the code point to glyph ID
 * map, the vertical metrics and the style bits. Every input error is raised here, before any
 * byte is written.
 */
final class FontPlan {
    private static final Logger LOG = LoggerFactory.getLogger(FontPlan.class);

    final FontBuild build;
    final List<GlyphBuild> glyphs;
    final List<TrueTypeGlyph> compiled;
    final TreeMap<Integer, Integer> glyphIdByCodePoint;
    final VerticalMetrics metrics;
    final FontStyle style;

    private FontPlan(FontBuild build, List<GlyphBuild> glyphs, List<TrueTypeGlyph> compiled,
            TreeMap<Integer, Integer> glyphIdByCodePoint, VerticalMetrics metrics) {
        this.build = build;
        this.glyphs = glyphs;
        this.compiled = compiled;
        this.glyphIdByCodePoint = glyphIdByCodePoint;
        this.metrics = metrics;
        this.style = FontStyle.parse(build.styleName());
    }

    static FontPlan of(FontBuild build) {
        VerticalMetrics metrics = build.metrics()
                .orElseGet(() -> MetricsMeasurer.measure(build.glyphs(), build.unitsPerEm()));
        List<GlyphBuild> glyphs = orderGlyphs(build, metrics);
        if (glyphs.size() > 0xFFFF) {
            throw new IllegalArgumentException("The font has " + glyphs.size()
                    + " glyphs; TrueType allows at most 65535");
        }
        TreeMap<Integer, Integer> cmap = mapCodePoints(glyphs);
        List<TrueTypeGlyph> compiled = new ArrayList<>(glyphs.size());
        for (GlyphBuild glyph : glyphs) {
            compiled.add(GlyphCompiler.compile(glyph.name(), glyph.outline()));
        }
        return new FontPlan(build, List.copyOf(glyphs), List.copyOf(compiled), cmap, metrics);
    }

    int numGlyphs() {
        return glyphs.size();
    }

    /** Puts {@code .notdef} at glyph ID 0 and adds a space glyph when U+0020 is unmapped. */
    private static List<GlyphBuild> orderGlyphs(FontBuild build, VerticalMetrics metrics) {
        List<GlyphBuild> ordered = new ArrayList<>();
        GlyphBuild notdef = null;
        Set<String> names = new HashSet<>();
        for (GlyphBuild glyph : build.glyphs()) {
            if (!names.add(glyph.name())) {
                throw new IllegalArgumentException("Duplicate glyph name '" + glyph.name()
                        + "'; every glyph needs a unique name");
            }
            if (glyph.name().equals(NotdefGlyph.NAME)) {
                if (!glyph.codePoints().isEmpty()) {
                    throw new IllegalArgumentException("Glyph '.notdef' must not map any code point, but maps "
                            + glyph.codePoints());
                }
                notdef = glyph;
            } else {
                ordered.add(glyph);
            }
        }
        int notdefAdvance = build.fixedAdvanceWidth().orElse(build.unitsPerEm() / 2);
        ordered.add(0, notdef != null ? notdef : NotdefGlyph.create(build.unitsPerEm(), metrics.capHeight(), notdefAdvance));
        boolean hasSpace = ordered.stream().anyMatch(glyph -> glyph.codePoints().contains((int) ' '));
        if (!hasSpace) {
            String name = names.contains("space") ? "uni0020" : "space";
            LOG.debug("Adding an empty '{}' glyph for U+0020", name);
            int spaceAdvance = build.fixedAdvanceWidth().orElse(build.unitsPerEm() / 4);
            ordered.add(GlyphBuild.of(name, ' ', spaceAdvance, GlyphOutline.EMPTY));
        }
        return ordered;
    }

    private static TreeMap<Integer, Integer> mapCodePoints(List<GlyphBuild> glyphs) {
        TreeMap<Integer, Integer> map = new TreeMap<>();
        Map<Integer, String> owner = new HashMap<>();
        for (int glyphId = 0; glyphId < glyphs.size(); glyphId++) {
            GlyphBuild glyph = glyphs.get(glyphId);
            for (int codePoint : glyph.codePoints()) {
                requireEncodable(codePoint, glyph.name());
                String previous = owner.putIfAbsent(codePoint, glyph.name());
                if (previous != null) {
                    throw new IllegalArgumentException(String.format(
                            "Duplicate code point U+%04X: glyphs '%s' and '%s' both map it; keep it on one glyph",
                            codePoint, previous, glyph.name()));
                }
                map.put(codePoint, glyphId);
            }
        }
        return map;
    }

    private static void requireEncodable(int codePoint, String glyphName) {
        boolean surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
        if (codePoint < 0 || codePoint > 0x10FFFF || surrogate || codePoint == 0xFFFF) {
            throw new IllegalArgumentException(String.format(
                    "Glyph '%s' maps invalid code point U+%04X: use a Unicode scalar value other than U+FFFF",
                    glyphName, codePoint));
        }
    }
}
