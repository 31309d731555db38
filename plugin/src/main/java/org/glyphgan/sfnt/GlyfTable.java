package org.glyphgan.sfnt;

import java.util.List;

/**
 * The 'glyf' table: simple glyphs only, no instructions. Each glyph is padded to 4 bytes so
 * that loca offsets stay even (the short loca format stores offset / 2).
 */
final class GlyfTable implements SfntTable {
    static final String TAG = "glyf";

    private static final int ON_CURVE_POINT = 0x01;
    private static final int X_SHORT_VECTOR = 0x02;
    private static final int Y_SHORT_VECTOR = 0x04;
    private static final int REPEAT_FLAG = 0x08;
    private static final int X_IS_SAME_OR_POSITIVE_X_SHORT_VECTOR = 0x10;
    private static final int Y_IS_SAME_OR_POSITIVE_Y_SHORT_VECTOR = 0x20;

    private final byte[] bytes;
    /** numGlyphs + 1 byte offsets into this table; glyph i spans offsets[i]..offsets[i + 1]. */
    private final long[] offsets;

    GlyfTable(List<TrueTypeGlyph> glyphs) {
        BigEndianBuffer out = new BigEndianBuffer();
        offsets = new long[glyphs.size() + 1];
        for (int i = 0; i < glyphs.size(); i++) {
            offsets[i] = out.size();
            TrueTypeGlyph glyph = glyphs.get(i);
            if (!glyph.isEmpty()) {
                writeGlyph(out, glyph);
                out.padTo(4);
            }
        }
        offsets[glyphs.size()] = out.size();
        bytes = out.toByteArray();
    }

    long[] offsets() {
        return offsets.clone();
    }

    @Override
    public String tag() {
        return TAG;
    }

    @Override
    public byte[] toBytes() {
        return bytes.clone();
    }

    private static void writeGlyph(BigEndianBuffer out, TrueTypeGlyph glyph) {
        out.int16(glyph.numberOfContours())
                .int16(glyph.xMin()).int16(glyph.yMin()).int16(glyph.xMax()).int16(glyph.yMax());
        for (int endPt : glyph.endPtsOfContours()) {
            out.uint16(endPt);
        }
        out.uint16(0); // instructionLength: the glyphs are unhinted.
        int n = glyph.pointCount();
        int[] flags = new int[n];
        BigEndianBuffer xBytes = new BigEndianBuffer();
        BigEndianBuffer yBytes = new BigEndianBuffer();
        int previousX = 0;
        int previousY = 0;
        for (int i = 0; i < n; i++) {
            int flag = glyph.onCurve()[i] ? ON_CURVE_POINT : 0;
            flag |= encodeDelta(xBytes, glyph.xCoordinates()[i] - previousX,
                    X_SHORT_VECTOR, X_IS_SAME_OR_POSITIVE_X_SHORT_VECTOR);
            flag |= encodeDelta(yBytes, glyph.yCoordinates()[i] - previousY,
                    Y_SHORT_VECTOR, Y_IS_SAME_OR_POSITIVE_Y_SHORT_VECTOR);
            flags[i] = flag;
            previousX = glyph.xCoordinates()[i];
            previousY = glyph.yCoordinates()[i];
        }
        writeFlags(out, flags);
        out.bytes(xBytes.toByteArray()).bytes(yBytes.toByteArray());
    }

    /** Writes one coordinate delta in its shortest form and returns the flag bits that describe it. */
    private static int encodeDelta(BigEndianBuffer out, int delta, int shortBit, int sameOrPositiveBit) {
        if (delta == 0) {
            return sameOrPositiveBit;
        }
        if (delta >= -255 && delta <= 255) {
            out.uint8(Math.abs(delta));
            return delta > 0 ? shortBit | sameOrPositiveBit : shortBit;
        }
        out.int16(delta);
        return 0;
    }

    /** Writes flags, folding runs of equal flags with REPEAT_FLAG and a count byte. */
    private static void writeFlags(BigEndianBuffer out, int[] flags) {
        int i = 0;
        while (i < flags.length) {
            int run = 1;
            while (i + run < flags.length && flags[i + run] == flags[i] && run < 256) {
                run++;
            }
            if (run > 1) {
                out.uint8(flags[i] | REPEAT_FLAG).uint8(run - 1);
            } else {
                out.uint8(flags[i]);
            }
            i += run;
        }
    }
}
