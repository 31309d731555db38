package org.glyphgan.sfnt;

import java.util.List;

/** The 'maxp' table, version 1.0 (TrueType outlines), its counts computed from the glyf data. */
final class MaxpTable implements SfntTable {
    static final String TAG = "maxp";

    private final int numGlyphs;
    private final int maxPoints;
    private final int maxContours;

    MaxpTable(List<TrueTypeGlyph> glyphs) {
        numGlyphs = glyphs.size();
        maxPoints = glyphs.stream().mapToInt(TrueTypeGlyph::pointCount).max().orElse(0);
        maxContours = glyphs.stream().mapToInt(TrueTypeGlyph::numberOfContours).max().orElse(0);
    }

    @Override
    public String tag() {
        return TAG;
    }

    @Override
    public byte[] toBytes() {
        return new BigEndianBuffer()
                .uint32(0x00010000L)
                .uint16(numGlyphs)
                .uint16(maxPoints)
                .uint16(maxContours)
                .uint16(0) // maxCompositePoints: no composite glyphs are written.
                .uint16(0) // maxCompositeContours
                .uint16(2) // maxZones: 2 is the usual value even without instructions.
                .uint16(0) // maxTwilightPoints
                .uint16(0) // maxStorage
                .uint16(0) // maxFunctionDefs
                .uint16(0) // maxInstructionDefs
                .uint16(0) // maxStackElements
                .uint16(0) // maxSizeOfInstructions
                .uint16(0) // maxComponentElements
                .uint16(0) // maxComponentDepth
                .toByteArray();
    }
}
