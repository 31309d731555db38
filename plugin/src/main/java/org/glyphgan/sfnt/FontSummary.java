package org.glyphgan.sfnt;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The layout that {@link SfntWriter} writes for a {@link FontBuild}, in glyph ID order: glyph
 * names, advance widths, contour end points and the cmap, plus whether the font is fixed-pitch.
 * Validators compare a re-parsed file against it.
 */
public record FontSummary(
        List<String> glyphNames, List<Integer> advanceWidths, List<int[]> endPtsOfContours,
        SortedMap<Integer, Integer> glyphIdByCodePoint, boolean fixedPitch) {
    public FontSummary {
        glyphNames = List.copyOf(glyphNames);
        advanceWidths = List.copyOf(advanceWidths);
        endPtsOfContours = List.copyOf(endPtsOfContours);
        glyphIdByCodePoint = new TreeMap<>(glyphIdByCodePoint);
    }

    public int numGlyphs() {
        return glyphNames.size();
    }

    /** Lays out {@code build} exactly as the writer would, without writing it. */
    public static FontSummary of(FontBuild build) {
        FontPlan plan = FontPlan.of(build);
        return new FontSummary(
                plan.glyphs.stream().map(GlyphBuild::name).toList(),
                plan.glyphs.stream().map(GlyphBuild::advanceWidth).toList(),
                plan.compiled.stream().map(glyph -> glyph.endPtsOfContours().clone()).toList(),
                plan.glyphIdByCodePoint,
                build.fixedPitch());
    }
}
