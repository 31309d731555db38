package org.glyphgan.sfnt.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.glyphgan.outline.Contour;
import org.glyphgan.outline.GlyphOutline;
import org.glyphgan.outline.Segment;
import org.glyphgan.sfnt.FontBuild;
import org.glyphgan.sfnt.GlyphBuild;
import org.glyphgan.sfnt.OutlineScaling;
import org.glyphgan.sfnt.TrueTypeOutlineReader;
import org.glyphgan.sfnt.VerticalMetrics;

/** The benchmark's glyph set: the 95 printable ASCII glyphs of a TrueType font, at 1000 units per em. */
final class BenchmarkGlyphSet {
    static final int ASCENDER = 800;
    static final int DESCENDER = -200;

    private BenchmarkGlyphSet() {
    }

    static FontBuild read(Path sourceFont) throws IOException {
        List<GlyphBuild> glyphs = new ArrayList<>();
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(sourceFont.toFile()))) {
            double scale = 1000.0 / font.getUnitsPerEm();
            for (int codePoint = 0x20; codePoint <= 0x7E; codePoint++) {
                int glyphId = font.getUnicodeCmapLookup().getGlyphId(codePoint);
                GlyphOutline outline = TrueTypeOutlineReader.read(font.getGlyph().getGlyph(glyphId));
                int advance = (int) Math.round(font.getAdvanceWidth(glyphId) * scale);
                glyphs.add(GlyphBuild.forCodePoint(codePoint, advance, OutlineScaling.scale(outline, scale)));
            }
        }
        return FontBuild.builder("Benchmark", "Regular")
                .metrics(new VerticalMetrics(ASCENDER, DESCENDER, 0, 700, 500))
                .glyphs(glyphs)
                .build();
    }

    /** Writes the glyph set as JSON for the Python scripts, coordinates rounded to integers. */
    static void writeJson(FontBuild build, Path target) throws IOException {
        List<Map<String, Object>> glyphs = new ArrayList<>();
        for (GlyphBuild glyph : build.glyphs()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", glyph.name());
            entry.put("codePoints", glyph.codePoints());
            entry.put("advanceWidth", glyph.advanceWidth());
            entry.put("contours", glyph.outline().contours().stream().map(BenchmarkGlyphSet::contourJson).toList());
            glyphs.add(entry);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("unitsPerEm", build.unitsPerEm());
        root.put("ascender", ASCENDER);
        root.put("descender", DESCENDER);
        root.put("glyphs", glyphs);
        new ObjectMapper().writeValue(target.toFile(), root);
    }

    private static Map<String, Object> contourJson(Contour contour) {
        List<long[]> segments = new ArrayList<>();
        for (Segment segment : contour.segments()) {
            if (segment instanceof Segment.Quad quad) {
                segments.add(new long[] {Math.round(quad.control().x()), Math.round(quad.control().y()),
                    Math.round(quad.end().x()), Math.round(quad.end().y())});
            } else {
                segments.add(new long[] {Math.round(segment.end().x()), Math.round(segment.end().y())});
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("start", new long[] {Math.round(contour.start().x()), Math.round(contour.start().y())});
        json.put("segments", segments);
        return json;
    }
}
