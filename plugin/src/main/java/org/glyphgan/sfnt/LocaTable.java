package org.glyphgan.sfnt;

/**
 * The 'loca' table: glyph offsets into glyf. The short format (offset / 2 as uint16) is used
 * while the glyf table is under 128 KiB, the long format (uint32) above.
 */
final class LocaTable implements SfntTable {
    static final String TAG = "loca";
    static final int SHORT_FORMAT = 0;
    static final int LONG_FORMAT = 1;

    private final long[] offsets;
    private final int indexToLocFormat;

    LocaTable(long[] offsets) {
        this.offsets = offsets.clone();
        long glyfLength = offsets[offsets.length - 1];
        this.indexToLocFormat = glyfLength / 2 <= 0xFFFF ? SHORT_FORMAT : LONG_FORMAT;
    }

    int indexToLocFormat() {
        return indexToLocFormat;
    }

    @Override
    public String tag() {
        return TAG;
    }

    @Override
    public byte[] toBytes() {
        BigEndianBuffer out = new BigEndianBuffer();
        for (long offset : offsets) {
            if (indexToLocFormat == SHORT_FORMAT) {
                out.uint16((int) (offset / 2));
            } else {
                out.uint32(offset);
            }
        }
        return out.toByteArray();
    }
}
