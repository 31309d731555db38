package org.glyphgan.sfnt;

import java.util.List;

/**
 * The 'hhea' table. advanceWidthMax covers every glyph; minLeftSideBearing,
 * minRightSideBearing and xMaxExtent cover glyphs with contours only, as the OpenType spec defines them.
 */
final class HheaTable implements SfntTable {
    static final String TAG = "hhea";

    private final VerticalMetrics metrics;
    private final int advanceWidthMax;
    private final int minLeftSideBearing;
    private final int minRightSideBearing;
    private final int xMaxExtent;
    private final int numberOfHMetrics;

    HheaTable(FontPlan plan, int numberOfHMetrics) {
        this.metrics = plan.metrics;
        this.numberOfHMetrics = numberOfHMetrics;
        int maxAdvance = 0;
        int minLsb = Integer.MAX_VALUE;
        int minRsb = Integer.MAX_VALUE;
        int maxExtent = Integer.MIN_VALUE;
        List<TrueTypeGlyph> compiled = plan.compiled;
        for (int i = 0; i < compiled.size(); i++) {
            int advance = plan.glyphs.get(i).advanceWidth();
            maxAdvance = Math.max(maxAdvance, advance);
            TrueTypeGlyph glyph = compiled.get(i);
            if (!glyph.isEmpty()) {
                minLsb = Math.min(minLsb, glyph.xMin());
                minRsb = Math.min(minRsb, advance - glyph.xMax());
                maxExtent = Math.max(maxExtent, glyph.xMax());
            }
        }
        boolean anyContours = maxExtent != Integer.MIN_VALUE;
        this.advanceWidthMax = maxAdvance;
        this.minLeftSideBearing = anyContours ? SfntLimits.requireInt16(minLsb, "minLeftSideBearing") : 0;
        this.minRightSideBearing = anyContours ? SfntLimits.requireInt16(minRsb, "minRightSideBearing") : 0;
        this.xMaxExtent = anyContours ? maxExtent : 0;
    }

    @Override
    public String tag() {
        return TAG;
    }

    @Override
    public byte[] toBytes() {
        return new BigEndianBuffer()
                .uint16(1).uint16(0) // majorVersion, minorVersion
                .int16(metrics.ascender())
                .int16(metrics.descender())
                .int16(metrics.lineGap())
                .uint16(advanceWidthMax)
                .int16(minLeftSideBearing)
                .int16(minRightSideBearing)
                .int16(xMaxExtent)
                .int16(1) // caretSlopeRise: a vertical caret; slanted carets are not derived yet.
                .int16(0) // caretSlopeRun
                .int16(0) // caretOffset
                .int16(0).int16(0).int16(0).int16(0) // reserved
                .int16(0) // metricDataFormat
                .uint16(numberOfHMetrics)
                .toByteArray();
    }
}
