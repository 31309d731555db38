package org.glyphgan.sfnt;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.WGL4Names;

/**
 * The 'post' table: version 2.0 with glyph names (names in the 258 standard Macintosh glyph
 * names are stored as their index, others as Pascal strings) or version 3.0 without names.
 */
final class PostTable implements SfntTable {
    static final String TAG = "post";
    private static final int STANDARD_NAME_COUNT = 258;

    private final List<GlyphBuild> glyphs;
    private final boolean withGlyphNames;
    private final double italicAngle;
    private final int unitsPerEm;
    private final boolean fixedPitch;

    PostTable(FontPlan plan) {
        this.glyphs = plan.glyphs;
        this.withGlyphNames = plan.build.postGlyphNames();
        // NOTE: italic fonts get a nominal -12 degree angle; the real slant is not measured yet.
        this.italicAngle = plan.style.italic() ? -12.0 : 0.0;
        this.unitsPerEm = plan.build.unitsPerEm();
        this.fixedPitch = plan.build.fixedPitch();
    }

    @Override
    public String tag() {
        return TAG;
    }

    @Override
    public byte[] toBytes() {
        BigEndianBuffer out = new BigEndianBuffer()
                .fixed(withGlyphNames ? 2.0 : 3.0)
                .fixed(italicAngle)
                .int16(-unitsPerEm / 10) // underlinePosition
                .int16(unitsPerEm / 20) // underlineThickness
                .uint32(fixedPitch ? 1 : 0) // isFixedPitch
                .uint32(0).uint32(0).uint32(0).uint32(0); // minMemType42 .. maxMemType1
        if (withGlyphNames) {
            writeGlyphNames(out);
        }
        return out.toByteArray();
    }

    private void writeGlyphNames(BigEndianBuffer out) {
        out.uint16(glyphs.size());
        Map<String, Integer> customIndex = new LinkedHashMap<>();
        for (GlyphBuild glyph : glyphs) {
            Integer standard = WGL4Names.getGlyphIndex(glyph.name());
            if (standard != null && standard < STANDARD_NAME_COUNT) {
                out.uint16(standard);
            } else {
                int index = customIndex.computeIfAbsent(glyph.name(), name -> customIndex.size());
                out.uint16(STANDARD_NAME_COUNT + index);
            }
        }
        for (String name : customIndex.keySet()) {
            byte[] ascii = name.getBytes(StandardCharsets.US_ASCII);
            out.uint8(ascii.length).bytes(ascii);
        }
    }
}
