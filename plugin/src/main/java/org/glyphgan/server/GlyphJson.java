package org.glyphgan.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glyphgan.facade.GeneratedGlyph;
import org.glyphgan.facade.GlyphSet;

/** The JSON shapes of generated glyphs and glyph sets. */
final class GlyphJson {
    private GlyphJson() {
    }

    static Map<String, Object> glyph(GeneratedGlyph glyph) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("codePoint", glyph.codePoint());
        json.put("character", new String(Character.toChars(glyph.codePoint())));
        json.put("advanceWidth", glyph.advanceWidth());
        json.put("realism", finiteOrNull(glyph.realism()));
        json.put("classifierConfidence", finiteOrNull(glyph.classifierConfidence()));
        json.put("svg", glyph.svg());
        return json;
    }

    /** JSON has no NaN: a score that was not computed (e.g. no classifier) becomes null. */
    private static Double finiteOrNull(double score) {
        return Double.isFinite(score) ? score : null;
    }

    static Map<String, Object> set(String id, GlyphSet set) {
        List<Map<String, Object>> glyphs = new ArrayList<>();
        set.glyphs().forEach(glyph -> glyphs.add(glyph(glyph)));
        List<Map<String, Object>> failures = new ArrayList<>();
        set.failures().forEach((codePoint, reason) -> failures.add(Map.of(
                "codePoint", codePoint, "character", new String(Character.toChars(codePoint)), "reason", reason)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("style", set.styleLabel());
        json.put("unitsPerEm", set.unitsPerEm());
        json.put("monospaced", set.monospaced());
        if (set.monospaced()) {
            json.put("advanceWidth", set.fixedAdvanceWidth().getAsInt());
        }
        json.put("glyphs", glyphs);
        json.put("failures", failures);
        return json;
    }
}
