package org.glyphgan.sfnt;

import java.time.Instant;

/**
 * The 'head' table (54 bytes). checkSumAdjustment is written as 0 here; {@link SfntWriter}
 * patches it once the whole file is assembled.
 */
final class HeadTable implements SfntTable {
    static final String TAG = "head";
    static final int CHECKSUM_ADJUSTMENT_OFFSET = 8;
    static final long MAGIC_NUMBER = 0x5F0F3CF5L;
    /** Seconds from 1904-01-01T00:00Z (the LONGDATETIME epoch) to 1970-01-01T00:00Z. */
    private static final long SECONDS_1904_TO_1970 = 2_082_844_800L;
    /** Bit 0: baseline at y = 0; bit 1: left sidebearing point at x = 0 (lsb = xMin). */
    private static final int FLAGS = 0x0003;

    private final int unitsPerEm;
    private final Instant created;
    private final FontBounds bounds;
    private final int macStyle;
    private final int indexToLocFormat;

    HeadTable(FontPlan plan, FontBounds bounds, int indexToLocFormat) {
        this.unitsPerEm = plan.build.unitsPerEm();
        this.created = plan.build.created();
        this.bounds = bounds;
        this.macStyle = plan.style.macStyle();
        this.indexToLocFormat = indexToLocFormat;
    }

    @Override
    public String tag() {
        return TAG;
    }

    @Override
    public byte[] toBytes() {
        long longDateTime = created.getEpochSecond() + SECONDS_1904_TO_1970;
        return new BigEndianBuffer()
                .uint16(1).uint16(0) // majorVersion, minorVersion
                .fixed(1.0) // fontRevision
                .uint32(0) // checkSumAdjustment, patched by SfntWriter
                .uint32(MAGIC_NUMBER)
                .uint16(FLAGS)
                .uint16(unitsPerEm)
                .int64(longDateTime) // created
                .int64(longDateTime) // modified
                .int16(bounds.xMin()).int16(bounds.yMin()).int16(bounds.xMax()).int16(bounds.yMax())
                .uint16(macStyle)
                .uint16(8) // lowestRecPPEM
                .int16(2) // fontDirectionHint (deprecated; 2 is the required value)
                .int16(indexToLocFormat)
                .int16(0) // glyphDataFormat
                .toByteArray();
    }
}
