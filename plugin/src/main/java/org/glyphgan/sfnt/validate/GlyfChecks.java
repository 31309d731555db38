package org.glyphgan.sfnt.validate;

import java.util.List;

/**
 * Decodes every glyf entry through loca and checks glyph bounding boxes (over all points, off-curve
 * included), the head bounding box, and the maxp counts against the decoded glyphs. Composite
 * glyphs contribute only their header box, since their points are their components' points.
 */
final class GlyfChecks {
    private GlyfChecks() {
    }

    static void check(SfntFile file, List<String> problems) {
        int head = file.tableOffset("head");
        int maxp = file.tableOffset("maxp");
        int loca = file.tableOffset("loca");
        int glyf = file.tableOffset("glyf");
        int glyfLength = file.tableLength("glyf");
        int numGlyphs = file.uint16(maxp + 4);
        int indexToLocFormat = file.int16(head + 50);
        if (file.tableLength("maxp") != 32 || file.uint32(maxp) != 0x00010000L) {
            problems.add("maxp is not version 1.0 with 32 bytes");
        }

        int locaEntrySize = indexToLocFormat == 0 ? 2 : 4;
        DirectoryChecks.expect(problems, "loca length", file.tableLength("loca"), (long) (numGlyphs + 1) * locaEntrySize);
        int[] fontBox = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        int maxPoints = 0;
        int maxContours = 0;

        for (int glyphId = 0; glyphId < numGlyphs; glyphId++) {
            long start = locaOffset(file, loca, indexToLocFormat, glyphId);
            long end = locaOffset(file, loca, indexToLocFormat, glyphId + 1);
            if (end < start || end > glyfLength) {
                problems.add("loca entry " + glyphId + " spans " + start + ".." + end + " outside glyf (" + glyfLength + " bytes)");
                continue;
            }
            if (end == start) {
                continue;
            }
            int[] decoded = checkGlyph(file, glyf + (int) start, glyphId, problems);
            maxContours = Math.max(maxContours, decoded[0]);
            maxPoints = Math.max(maxPoints, decoded[1]);
            fontBox[0] = Math.min(fontBox[0], decoded[2]);
            fontBox[1] = Math.min(fontBox[1], decoded[3]);
            fontBox[2] = Math.max(fontBox[2], decoded[4]);
            fontBox[3] = Math.max(fontBox[3], decoded[5]);
        }

        DirectoryChecks.expect(problems, "maxp.maxPoints", file.uint16(maxp + 6), maxPoints);
        DirectoryChecks.expect(problems, "maxp.maxContours", file.uint16(maxp + 8), maxContours);
        if (fontBox[0] != Integer.MAX_VALUE) {
            String[] fields = {"head.xMin", "head.yMin", "head.xMax", "head.yMax"};
            for (int i = 0; i < 4; i++) {
                DirectoryChecks.expect(problems, fields[i], file.int16(head + 36 + 2 * i), fontBox[i]);
            }
        }
    }

    private static long locaOffset(SfntFile file, int loca, int format, int index) {
        return format == 0 ? 2L * file.uint16(loca + 2 * index) : file.uint32(loca + 4 * index);
    }

    /** Returns {contours, points, xMin, yMin, xMax, yMax} decoded from the points themselves. */
    private static int[] checkGlyph(SfntFile file, int at, int glyphId, List<String> problems) {
        int numberOfContours = file.int16(at);
        if (numberOfContours < 0) {
            // A composite glyph: its points belong to its components, so only its header box counts.
            return new int[] {0, 0, file.int16(at + 2), file.int16(at + 4), file.int16(at + 6), file.int16(at + 8)};
        }
        int pointCount = numberOfContours == 0 ? 0 : file.uint16(at + 10 + 2 * (numberOfContours - 1)) + 1;
        int cursor = at + 10 + 2 * numberOfContours;
        int instructionLength = file.uint16(cursor);
        cursor += 2 + instructionLength;

        int[] flags = new int[pointCount];
        for (int i = 0; i < pointCount; ) {
            int flag = file.uint8(cursor++);
            int repeat = (flag & 0x08) != 0 ? file.uint8(cursor++) : 0;
            for (int r = 0; r <= repeat && i < pointCount; r++) {
                flags[i++] = flag;
            }
        }

        int[] xs = new int[pointCount];
        int[] ys = new int[pointCount];
        cursor = decodeCoordinates(file, cursor, flags, xs, 0x02, 0x10);
        decodeCoordinates(file, cursor, flags, ys, 0x04, 0x20);
        int[] box = {numberOfContours, pointCount, Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE};
        for (int i = 0; i < pointCount; i++) {
            box[2] = Math.min(box[2], xs[i]);
            box[3] = Math.min(box[3], ys[i]);
            box[4] = Math.max(box[4], xs[i]);
            box[5] = Math.max(box[5], ys[i]);
        }

        String[] fields = {"xMin", "yMin", "xMax", "yMax"};
        for (int i = 0; i < 4 && pointCount > 0; i++) {
            DirectoryChecks.expect(problems, "glyph " + glyphId + " " + fields[i], file.int16(at + 2 + 2 * i), box[2 + i]);
        }
        return box;
    }

    private static int decodeCoordinates(SfntFile file, int cursor, int[] flags, int[] out, int shortBit, int sameBit) {
        int value = 0;
        for (int i = 0; i < flags.length; i++) {
            int flag = flags[i];
            if ((flag & shortBit) != 0) {
                int delta = file.uint8(cursor++);
                value += (flag & sameBit) != 0 ? delta : -delta;
            } else if ((flag & sameBit) == 0) {
                value += file.int16(cursor);
                cursor += 2;
            }
            out[i] = value;
        }
        return cursor;
    }
}
