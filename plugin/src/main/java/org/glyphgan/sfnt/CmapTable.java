package org.glyphgan.sfnt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The 'cmap' table. One format 4 subtable covers the BMP and is shared by the (0,3) Unicode BMP
 * and (3,1) Windows BMP encoding records. A format 12 subtable for (0,4) and (3,10) is added only
 * when a code point lies beyond the BMP. Segments are runs where code point and glyph ID both rise
 * by 1.
 */
final class CmapTable implements SfntTable {
    static final String TAG = "cmap";

    private final SortedMap<Integer, Integer> glyphIdByCodePoint;

    CmapTable(SortedMap<Integer, Integer> glyphIdByCodePoint) {
        this.glyphIdByCodePoint = glyphIdByCodePoint;
    }

    /** A run of code points startCode..endCode mapped to startGlyphId.. consecutively. */
    record Run(int startCode, int endCode, int startGlyphId) {
    }

    @Override
    public String tag() {
        return TAG;
    }

    @Override
    public byte[] toBytes() {
        byte[] format4 = format4(runs(glyphIdByCodePoint.headMap(0x10000)));
        boolean beyondBmp = !glyphIdByCodePoint.tailMap(0x10000).isEmpty();
        byte[] format12 = beyondBmp ? format12(runs(glyphIdByCodePoint)) : null;
        int numTables = beyondBmp ? 4 : 2;
        int headerLength = 4 + numTables * 8;
        long format4Offset = headerLength;
        long format12Offset = headerLength + format4.length;
        BigEndianBuffer out = new BigEndianBuffer().uint16(0).uint16(numTables);
        // Encoding records sorted by platformID, then encodingID.
        out.uint16(0).uint16(3).uint32(format4Offset);
        if (beyondBmp) {
            out.uint16(0).uint16(4).uint32(format12Offset);
        }
        out.uint16(3).uint16(1).uint32(format4Offset);
        if (beyondBmp) {
            out.uint16(3).uint16(10).uint32(format12Offset);
        }
        out.bytes(format4);
        if (beyondBmp) {
            out.bytes(format12);
        }
        return out.toByteArray();
    }

    static List<Run> runs(SortedMap<Integer, Integer> map) {
        List<Run> runs = new ArrayList<>();
        int start = -1;
        int end = -1;
        int startGlyph = -1;
        for (Map.Entry<Integer, Integer> entry : map.entrySet()) {
            int code = entry.getKey();
            int glyph = entry.getValue();
            boolean continues = start >= 0 && code == end + 1 && glyph == startGlyph + (code - start);
            if (continues) {
                end = code;
            } else {
                if (start >= 0) {
                    runs.add(new Run(start, end, startGlyph));
                }
                start = code;
                end = code;
                startGlyph = glyph;
            }
        }
        if (start >= 0) {
            runs.add(new Run(start, end, startGlyph));
        }
        return runs;
    }

    /**
     * Format 4 with idDelta segments only (idRangeOffset 0), ending with the required
     * 0xFFFF..0xFFFF segment that maps to glyph 0.
     */
    private static byte[] format4(List<Run> runs) {
        int segCount = runs.size() + 1;
        int segCountX2 = segCount * 2;
        int searchRange = 2 * Integer.highestOneBit(segCount);
        int entrySelector = Integer.numberOfTrailingZeros(searchRange / 2);
        int rangeShift = segCountX2 - searchRange;
        int length = 16 + segCount * 8;
        if (length > 0xFFFF) {
            throw new IllegalArgumentException("The BMP code points form " + runs.size()
                    + " cmap segments, more than a format 4 subtable can hold (65535 bytes)");
        }
        BigEndianBuffer out = new BigEndianBuffer()
                .uint16(4).uint16(length).uint16(0) // format, length, language
                .uint16(segCountX2).uint16(searchRange).uint16(entrySelector).uint16(rangeShift);

        for (Run run : runs) {
            out.uint16(run.endCode());
        }
        out.uint16(0xFFFF);
        out.uint16(0); // reservedPad
        for (Run run : runs) {
            out.uint16(run.startCode());
        }
        out.uint16(0xFFFF);

        for (Run run : runs) {
            out.int16((run.startGlyphId() - run.startCode()) & 0xFFFF); // idDelta, modulo 65536
        }
        out.int16(1); // idDelta of the final segment: 0xFFFF + 1 wraps to glyph 0.
        for (int i = 0; i < segCount; i++) {
            out.uint16(0); // idRangeOffset
        }
        return out.toByteArray();
    }

    private static byte[] format12(List<Run> runs) {
        long length = 16 + runs.size() * 12L;
        BigEndianBuffer out = new BigEndianBuffer()
                .uint16(12).uint16(0).uint32(length).uint32(0).uint32(runs.size());
        for (Run run : runs) {
            out.uint32(run.startCode()).uint32(run.endCode()).uint32(run.startGlyphId());
        }
        return out.toByteArray();
    }
}
