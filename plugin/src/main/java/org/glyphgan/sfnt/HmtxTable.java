package org.glyphgan.sfnt;

import java.util.List;

/**
 * The 'hmtx' table: advance widths and left side bearings (lsb = the glyph's xMin). Trailing
 * glyphs that share the last advance width store only their lsb, so numberOfHMetrics is between
 * 1 and numGlyphs.
 */
final class HmtxTable implements SfntTable {
    static final String TAG = "hmtx";

    private final int[] advanceWidths;
    private final int[] leftSideBearings;
    private final int numberOfHMetrics;

    HmtxTable(List<GlyphBuild> glyphs, List<TrueTypeGlyph> compiled) {
        int n = glyphs.size();
        advanceWidths = new int[n];
        leftSideBearings = new int[n];
        for (int i = 0; i < n; i++) {
            advanceWidths[i] = glyphs.get(i).advanceWidth();
            leftSideBearings[i] = compiled.get(i).isEmpty() ? 0 : compiled.get(i).xMin();
        }
        int count = n;
        while (count > 1 && advanceWidths[count - 2] == advanceWidths[n - 1]) {
            count--;
        }
        numberOfHMetrics = count;
    }

    int numberOfHMetrics() {
        return numberOfHMetrics;
    }

    @Override
    public String tag() {
        return TAG;
    }

    @Override
    public byte[] toBytes() {
        BigEndianBuffer out = new BigEndianBuffer();
        for (int i = 0; i < numberOfHMetrics; i++) {
            out.uint16(advanceWidths[i]).int16(leftSideBearings[i]);
        }
        for (int i = numberOfHMetrics; i < advanceWidths.length; i++) {
            out.int16(leftSideBearings[i]);
        }
        return out.toByteArray();
    }
}
