package org.glyphgan.sfnt.validate;

import java.util.List;

/**
 * Checks every format 4 cmap subtable: searchRange fields, segments sorted and not overlapping,
 * the final segment exactly 0xFFFF..0xFFFF, and every mapped glyph ID below numGlyphs.
 */
final class CmapChecks {
    private CmapChecks() {
    }

    static void check(SfntFile file, List<String> problems) {
        int cmap = file.tableOffset("cmap");
        int numGlyphs = file.uint16(file.tableOffset("maxp") + 4);
        int numTables = file.uint16(cmap + 2);
        boolean windowsBmp = false;
        for (int i = 0; i < numTables; i++) {
            int record = cmap + 4 + i * 8;
            int platformId = file.uint16(record);
            int encodingId = file.uint16(record + 2);
            int subtable = cmap + (int) file.uint32(record + 4);
            windowsBmp |= platformId == 3 && encodingId == 1;
            String where = "cmap (" + platformId + "," + encodingId + ")";
            if (file.uint16(subtable) == 4) {
                checkFormat4(file, subtable, numGlyphs, where, problems);
            }
        }
        if (!windowsBmp) {
            problems.add("cmap has no (3,1) Windows Unicode BMP subtable");
        }
    }

    private static void checkFormat4(SfntFile file, int at, int numGlyphs, String where, List<String> problems) {
        int segCountX2 = file.uint16(at + 6);
        int segCount = segCountX2 / 2;
        if (segCount == 0) {
            problems.add(where + " format 4 has no segments; the final 0xFFFF segment is missing");
            return;
        }
        int power = Integer.highestOneBit(segCount);
        DirectoryChecks.expect(problems, where + " searchRange", file.uint16(at + 8), 2L * power);
        DirectoryChecks.expect(problems, where + " entrySelector", file.uint16(at + 10), Integer.numberOfTrailingZeros(power));
        DirectoryChecks.expect(problems, where + " rangeShift", file.uint16(at + 12), segCountX2 - 2L * power);
        int ends = at + 14;
        int starts = ends + segCountX2 + 2;
        int deltas = starts + segCountX2;
        int rangeOffsets = deltas + segCountX2;

        int previousEnd = -1;
        for (int s = 0; s < segCount; s++) {
            int start = file.uint16(starts + 2 * s);
            int end = file.uint16(ends + 2 * s);
            if (start > end || start <= previousEnd) {
                problems.add(where + " segment " + s + " (" + start + ".." + end + ") is out of order or overlaps the previous one");
            }
            previousEnd = end;
            boolean last = s == segCount - 1;
            if (last && (start != 0xFFFF || end != 0xFFFF)) {
                problems.add(String.format("%s final segment is 0x%04X..0x%04X, expected 0xFFFF..0xFFFF", where, start, end));
            }
            if (!last) {
                checkSegmentGlyphs(file, s, start, end, deltas, rangeOffsets, numGlyphs, where, problems);
            }
        }
    }

    private static void checkSegmentGlyphs(SfntFile file, int s, int start, int end, int deltas, int rangeOffsets,
            int numGlyphs, String where, List<String> problems) {
        int idDelta = file.uint16(deltas + 2 * s);
        int idRangeOffset = file.uint16(rangeOffsets + 2 * s);
        for (int code = start; code <= end; code++) {
            int glyphId;
            if (idRangeOffset == 0) {
                glyphId = (code + idDelta) & 0xFFFF;
            } else {
                int glyphIndexAddress = rangeOffsets + 2 * s + idRangeOffset + 2 * (code - start);
                int raw = file.uint16(glyphIndexAddress);
                glyphId = raw == 0 ? 0 : (raw + idDelta) & 0xFFFF;
            }
            if (glyphId >= numGlyphs) {
                problems.add(String.format("%s maps U+%04X to glyph %d, past the last glyph %d", where, code, glyphId, numGlyphs - 1));
                return;
            }
        }
    }
}
